#include "snippets/SnippetDialog.h"

#include "profiles/ProfileStore.h"
#include "snippets/SnippetRenderer.h"
#include "store/Database.h"
#include "vault/CredentialStore.h"
#include "vault/SecretClipboard.h"
#include "vault/UnlockDialog.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabBar>
#include <QVBoxLayout>

namespace Switchboard {

SnippetDialog::SnippetDialog(Database &catalog, Vault &vault, SnippetRequest request, QWidget *parent)
    : QDialog(parent), m_db(catalog), m_vault(vault), m_request(std::move(request))
{
    setWindowTitle(tr("Client configuration for %1").arg(m_request.application));
    resize(820, 620);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Profile:"), this));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("snippetProfile"));
    if (auto profiles = ProfileStore(m_db).list()) {
        for (const Profile &p : *profiles)
            m_profile->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.roleName()), p.name);
    }
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(m_request.profile)));
    static_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_profile);
    top->addWidget(m_profile, 1);
    m_reveal = new QCheckBox(tr("&Reveal secret"), this);
    m_reveal->setObjectName(QStringLiteral("revealSecret"));
    top->addWidget(m_reveal);
    layout->addLayout(top);

    m_formats = new QTabBar(this);
    m_formats->setObjectName(QStringLiteral("snippetFormats"));
    for (SnippetFormat f : SnippetRenderer::formats())
        m_formats->addTab(SnippetRenderer::title(f));
    layout->addWidget(m_formats);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("snippetError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #8a1f11; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("snippetPreview"));
    m_preview->setAccessibleName(tr("Client configuration"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_preview, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("snippetStatus"));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copySnippet"));
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveSnippet"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_formats, &QTabBar::currentChanged, this, [this] { rebuild(); });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        m_request.profile = m_profile->currentData().toString();
        rebuild();
    });
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) { setReveal(on); });
    connect(m_copy, &QPushButton::clicked, this, &SnippetDialog::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save snippet"),
                                                          SnippetRenderer::fileName(currentFormat(), m_request.application));
        if (!file.isEmpty())
            saveTo(file);
    });
    rebuild();
}

SnippetFormat SnippetDialog::currentFormat() const
{
    return SnippetRenderer::formats().value(std::max(0, m_formats->currentIndex()));
}

void SnippetDialog::setCurrentFormat(SnippetFormat format)
{
    m_formats->setCurrentIndex(int(SnippetRenderer::formats().indexOf(format)));
}

QString SnippetDialog::previewText() const { return m_preview->toPlainText(); }
QString SnippetDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }
bool SnippetDialog::isRevealed() const { return m_request.reveal; }

void SnippetDialog::setReveal(bool reveal)
{
    if (reveal && !m_vault.isUnlocked() && !UnlockDialog::ensureUnlocked(m_vault, this))
        reveal = false;
    m_request.reveal = reveal;
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(reveal);
    rebuild();
}

void SnippetDialog::rebuild()
{
    m_request.requireCredential = currentFormat() != SnippetFormat::ServiceLocator;
    auto input = SnippetBuilder(m_db, m_vault).build(m_request);
    if (!input) {
        m_input.reset();
        m_error->setText(input.error());
        m_error->show();
        m_preview->clear();
        m_copy->setEnabled(false);
        m_save->setEnabled(false);
        return;
    }
    m_error->hide();
    m_input.emplace(std::move(*input));
    render();
}

void SnippetDialog::render()
{
    if (!m_input)
        return;
    m_preview->setPlainText(SnippetRenderer::render(currentFormat(), *m_input));
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    m_status->setText(m_request.reveal ? tr("The secret is shown. Copies are cleared from the clipboard after %1 s.")
                                             .arg(SecretClipboard::instance()->clearDelay() / 1000)
                                       : tr("Secrets are redacted."));
}

void SnippetDialog::auditReveal(const QString &purpose)
{
    if (!m_request.reveal || !m_input || !m_input->hasCredential)
        return;
    (void)CredentialStore(m_db, m_vault).recordReveal(m_input->application, m_input->clusterId, m_input->credentialVersion,
                                                      QStringLiteral("%1 %2").arg(purpose, SnippetRenderer::id(currentFormat())));
}

void SnippetDialog::copyToClipboard()
{
    const bool secret = m_request.reveal && m_input && m_input->hasCredential;
    auditReveal(QStringLiteral("snippet copy"));
    SecretClipboard::instance()->copy(previewText(), secret);
    m_status->setText(secret ? tr("Copied, with the secret; the clipboard is cleared in %1 s.")
                                   .arg(SecretClipboard::instance()->clearDelay() / 1000)
                             : tr("Copied."));
}

bool SnippetDialog::saveTo(const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error->setText(tr("Cannot save %1: %2").arg(fileName, file.errorString()));
        m_error->show();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(previewText().toUtf8());
    if (!file.commit()) {
        m_error->setText(tr("Cannot save %1: %2").arg(fileName, file.errorString()));
        m_error->show();
        return false;
    }
    auditReveal(QStringLiteral("snippet save"));
    m_status->setText(tr("Saved %1").arg(fileName));
    return true;
}

} // namespace Switchboard
