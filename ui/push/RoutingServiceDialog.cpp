#include "push/RoutingServiceDialog.h"

#include "main/QueryRunner.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {

RoutingServiceDialog::RoutingServiceDialog(QueryRunner *runner, std::optional<RoutingService> existing, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit routing service") : tr("Register a routing service"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://router-1.example.com:8443"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("publicKey"));
    m_key->setPlaceholderText(tr("what switchboard-router keygen printed"));
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("CA certificates (PEM)"));
    m_caFile->setPlaceholderText(tr("only for a private CA or a self-signed certificate"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_caState = new QLabel(this);
    m_caState->setObjectName(QStringLiteral("caState"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: darkred;"));

    if (m_existing) {
        m_name->setText(m_existing->name);
        m_name->setReadOnly(true);
        m_url->setText(m_existing->url);
        m_key->setText(QString::fromLatin1(m_existing->publicKey.toBase64()));
        m_caState->setText(m_existing->caCertificates.isEmpty()
                               ? tr("Trusts the system's CAs only.")
                               : tr("Trusts its registered CA certificates; choose a file to replace them, or clear to keep them."));
    }

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("Public key"), m_key);
    form->addRow(tr("CA certificates (PEM)"), caRow);
    form->addRow(QString(), m_caState);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoutingServiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificates"), QString(), tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    resize(560, sizeHint().height());
}

void RoutingServiceDialog::accept()
{
    QByteArray caPem;
    const QString caPath = m_caFile->text().trimmed();
    if (!caPath.isEmpty()) {
        QFile file(caPath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error->setText(tr("Cannot read the CA file %1: %2").arg(caPath, file.errorString()));
            return;
        }
        caPem = file.readAll();
    } else if (m_existing) {
        caPem = m_existing->caCertificates;
    }
    if (m_saving)
        return;   // the first click's answer is on its way
    m_saving = true;
    const std::optional<QString> existing = m_existing ? std::optional<QString>(m_existing->name) : std::nullopt;
    auto job = [existing, name = m_name->text().trimmed(), url = m_url->text().trimmed(), key = m_key->text().trimmed(),
                caPem](const Database &db) -> Status {
        RoutingServiceStore store(db);
        const auto result = existing ? store.update(*existing, url, key, caPem) : store.add(name, url, key, caPem);
        if (!result)
            return makeError(result.error());
        return {};
    };
    onResultReady(m_runner->write(std::move(job)), this, [this](const Status &stored) {
        m_saving = false;
        if (!stored) {
            m_error->setText(stored.error());
            return;
        }
        QDialog::accept();
    });
}

} // namespace Switchboard
