#include "snippets/SnippetDialog.h"

#include "main/QueryRunner.h"
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

#include <memory>

namespace Switchboard {

namespace {

// A vault on the worker's connection, unlocked with the window vault's key when there is one
// (a Vault belongs to one thread; the key is all that crosses).
Result<std::unique_ptr<Vault>> workerVault(const Database &db, const std::shared_ptr<const SecretBytes> &dataKey)
{
    auto vault = std::make_unique<Vault>(db);
    if (dataKey) {
        if (auto st = vault->unlockWithDataKey(*dataKey); !st)
            return makeError(st.error());
    }
    return vault;
}

} // namespace

SnippetDialog::SnippetDialog(Database &catalog, Vault &vault, SnippetRequest request, QWidget *parent)
    : SnippetDialog(catalog, vault, nullptr, std::move(request), parent)
{
}

SnippetDialog::SnippetDialog(Database &catalog, Vault &vault, QueryRunner *runner, SnippetRequest request, QWidget *parent)
    : QDialog(parent), m_runner(runner ? runner : new QueryRunner(catalog.path(), this)), m_vault(vault),
      m_request(std::move(request))
{
    setWindowTitle(tr("Client configuration for %1").arg(m_request.application));
    resize(820, 620);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Profile:"), this));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("snippetProfile"));
    // Until the list is in, the request's own profile is the one choice.
    m_profile->addItem(m_request.profile, m_request.profile);
    onResultReady(m_runner->run([](const Database &db) { return ProfileStore(db).list(); }), this,
                  [this](const Result<QList<Profile>> &profiles) {
                      if (!profiles)
                          return;
                      const QSignalBlocker quiet(m_profile);   // the same profile: nothing to rebuild
                      m_profile->clear();
                      for (const Profile &p : *profiles)
                          m_profile->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.roleName()), p.name);
                      m_profile->setCurrentIndex(std::max(0, m_profile->findData(m_request.profile)));
                  });
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
    // Shared, not copied: the last holder wipes it (SecretBytes).
    std::shared_ptr<const SecretBytes> dataKey;
    if (m_request.reveal) {
        if (auto key = m_vault.dataKeyForKeychain())
            dataKey = std::make_shared<const SecretBytes>(std::move(*key));
    }
    const quint64 generation = ++m_generation;
    m_building = true;
    m_copy->setEnabled(false);   // not the previous preview's copy while this one is built
    m_save->setEnabled(false);
    // The input holds the secret, which is not copyable: it travels in a shared pointer.
    using Built = std::shared_ptr<SnippetInput>;
    auto future = m_runner->run([request = m_request, dataKey](const Database &db) -> Result<Built> {
        auto vault = workerVault(db, dataKey);
        if (!vault)
            return makeError(vault.error());
        auto input = SnippetBuilder(db, **vault).build(request);
        if (!input)
            return makeError(input.error());
        return std::make_shared<SnippetInput>(std::move(*input));
    });
    onResultReady(future, this, [this, generation](const Result<Built> &input) {
        if (generation != m_generation)
            return;   // a later format, profile or reveal asked for another
        m_building = false;
        if (!input) {
            m_input.reset();
            m_error->setText(input.error());
            m_error->show();
            m_preview->clear();
            Q_EMIT built();
            return;
        }
        m_error->hide();
        m_input.emplace(std::move(**input));
        render();
        Q_EMIT built();
    });
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
    // Recorded on the writer; the audit needs no secret, so the worker's vault stays locked.
    auto job = [application = m_input->application, clusterId = m_input->clusterId, version = m_input->credentialVersion,
                what = QStringLiteral("%1 %2").arg(purpose, SnippetRenderer::id(currentFormat()))](const Database &db) {
        Vault vault(db);
        return CredentialStore(db, vault).recordReveal(application, clusterId, version, what);
    };
    onResultReady(m_runner->write(std::move(job)), this, [this](const Status &recorded) {
        if (!recorded) {
            m_error->setText(recorded.error());
            m_error->show();
        }
    });
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
