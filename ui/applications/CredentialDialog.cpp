#include "applications/CredentialDialog.h"

#include "vault/CredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Switchboard {

CredentialDialog::CredentialDialog(Mode mode, const QString &application, const QList<Cluster> &clusters,
                                   const QString &username, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_clusters(clusters)
{
    setObjectName(QStringLiteral("credentialDialog"));
    setWindowTitle(mode == Mode::Set ? tr("Set credential of %1").arg(application) : tr("Rotate credential of %1").arg(application));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(mode == Mode::Set
                                 ? tr("The Kafka user %1 connects as. It replaces the current credential on that cluster at once; "
                                      "the secret is sealed in the vault.").arg(application)
                                 : tr("A new secret for the same user. The previous one stays valid for the grace period, so "
                                      "running clients pick the new one up at their next refresh. Roll the broker side first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_cluster = new QComboBox(this);
    m_cluster->setObjectName(QStringLiteral("cluster"));
    m_cluster->setAccessibleName(tr("Cluster"));
    for (const Cluster &c : clusters)
        m_cluster->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.environment), c.id);
    m_cluster->setEnabled(mode == Mode::Set);
    form->addRow(tr("C&luster:"), m_cluster);
    m_mechanism = new QComboBox(this);
    m_mechanism->setObjectName(QStringLiteral("mechanism"));
    m_mechanism->setAccessibleName(tr("SASL mechanism"));
    m_mechanism->addItems(CredentialStore::mechanisms());
    if (mode == Mode::Set)
        form->addRow(tr("&Mechanism:"), m_mechanism);
    else
        m_mechanism->hide();
    m_username = new QLineEdit(username, this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("User name"));
    form->addRow(tr("&User name:"), m_username);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setAccessibleName(tr("Secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Secret:"), m_secret);
    if (mode == Mode::Rotate) {
        m_generate = new QCheckBox(tr("&Generate a random secret (32 bytes)"), this);
        m_generate->setObjectName(QStringLiteral("generate"));
        form->addRow(QString(), m_generate);
        m_grace = new QSpinBox(this);
        m_grace->setObjectName(QStringLiteral("grace"));
        m_grace->setAccessibleName(tr("Grace period in hours"));
        m_grace->setRange(0, 24 * 90);
        m_grace->setValue(24);
        m_grace->setSuffix(tr(" h"));
        m_grace->setSpecialValueText(tr("none: the old secret ends now"));
        form->addRow(tr("&Grace period:"), m_grace);
        connect(m_generate, &QCheckBox::toggled, this, &CredentialDialog::validate);
    }
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Set ? tr("&Store") : tr("&Rotate"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &CredentialDialog::validate);
    connect(m_secret, &QLineEdit::textChanged, this, &CredentialDialog::validate);
    validate();
}

void CredentialDialog::validate()
{
    const bool generate = m_generate && m_generate->isChecked();
    m_secret->setEnabled(!generate);
    QString error;
    if (m_cluster->count() == 0)
        error = tr("Register a cluster first.");
    else if (m_mode == Mode::Set && m_username->text().trimmed().isEmpty())
        error = tr("Enter the user name.");
    else if (!generate && m_secret->text().isEmpty())
        error = m_mode == Mode::Set ? tr("Enter the secret.") : tr("Enter the new secret or let one be generated.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

qint64 CredentialDialog::clusterId() const { return m_cluster->currentData().toLongLong(); }

QString CredentialDialog::clusterName() const
{
    for (const Cluster &c : m_clusters) {
        if (c.id == clusterId())
            return c.name;
    }
    return {};
}

QString CredentialDialog::mechanism() const { return m_mechanism->currentText(); }
QString CredentialDialog::username() const { return m_username->text().trimmed(); }

SecretBytes CredentialDialog::secret() const
{
    if (m_generate && m_generate->isChecked())
        return {};
    return SecretBytes::fromString(m_secret->text());
}

qint64 CredentialDialog::graceSeconds() const { return m_grace ? qint64(m_grace->value()) * 3600 : 0; }

} // namespace Switchboard
