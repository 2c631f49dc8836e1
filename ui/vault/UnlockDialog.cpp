#include "vault/UnlockDialog.h"

#include "store/Database.h"
#include "vault/Keychain.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {

namespace {
QLineEdit *passwordField(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setObjectName(objectName);
    return edit;
}
// The vault is the one part of the catalog the GUI thread keeps: its key lives with the window
// (docs/architecture.md, Threads), so its few reads of vault_meta while unlocking run here.
using VaultOnGuiThread = Database::GuardedThreadAllowance;
} // namespace

UnlockDialog::UnlockDialog(Vault &vault, QWidget *parent, bool changePassphrase) : QDialog(parent), m_vault(vault)
{
    const VaultOnGuiThread vaultHere;
    auto initialized = vault.isInitialized();
    m_mode = initialized && !*initialized ? Mode::Create : changePassphrase ? Mode::ChangePassphrase : Mode::Unlock;

    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("vaultError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #8a1f11; padding: 6px; border-radius: 3px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(tr("Create the vault"));
        m_intro->setText(tr("Secrets (credentials, tokens, the signing key) are encrypted in the catalog. Choose a "
                            "passphrase of at least %1 characters: it unlocks the vault and recovers it if the OS "
                            "keychain is lost. It cannot be recovered if you forget it.").arg(Vault::minimumPassphraseLength()));
        m_passphrase = passwordField(this, QStringLiteral("passphrase"));
        m_confirm = passwordField(this, QStringLiteral("confirm"));
        form->addRow(tr("&Passphrase:"), m_passphrase);
        form->addRow(tr("&Again:"), m_confirm);
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Unlock the vault"));
        m_intro->setText(tr("Enter the vault passphrase to use stored secrets."));
        m_passphrase = passwordField(this, QStringLiteral("passphrase"));
        form->addRow(tr("&Passphrase:"), m_passphrase);
        break;
    case Mode::ChangePassphrase:
        setWindowTitle(tr("Change the vault passphrase"));
        m_intro->setText(tr("The stored secrets stay as they are; only the passphrase that protects their key changes."));
        m_current = passwordField(this, QStringLiteral("current"));
        m_passphrase = passwordField(this, QStringLiteral("passphrase"));
        m_confirm = passwordField(this, QStringLiteral("confirm"));
        form->addRow(tr("&Current passphrase:"), m_current);
        form->addRow(tr("&New passphrase:"), m_passphrase);
        form->addRow(tr("&Again:"), m_confirm);
        break;
    }
    if (m_mode != Mode::ChangePassphrase && !Keychain::isDisabled()) {
        m_keychain = new QCheckBox(tr("Remember in the OS &keychain"), this);
        m_keychain->setObjectName(QStringLiteral("keychain"));
        m_keychain->setChecked(vault.keychainEnabled().ok() && vault.keychainEnabled().value());
        layout->addWidget(m_keychain);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_mode == Mode::Create ? tr("Create") : m_mode == Mode::Unlock ? tr("Unlock") : tr("Change"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    layout->addWidget(m_buttons);
    (m_current ? m_current : m_passphrase)->setFocus();

    if (m_mode == Mode::Unlock)
        tryKeychain();
}

QString UnlockDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void UnlockDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void UnlockDialog::tryKeychain()
{
    const VaultOnGuiThread vaultHere;
    auto enabled = m_vault.keychainEnabled();
    auto id = m_vault.vaultId();
    if (!enabled || !*enabled || !id)
        return;
    m_intro->setText(tr("Asking the OS keychain…"));
    Keychain::readAsync(Keychain::entryName(*id), this, [this](Result<SecretBytes> key) {
        const VaultOnGuiThread vaultHere;
        if (key && m_vault.unlockWithDataKey(*key)) {
            QDialog::accept();
            return;
        }
        m_intro->setText(tr("The OS keychain did not open the vault. Enter the vault passphrase."));
    });
}

void UnlockDialog::storeInKeychain()
{
    const VaultOnGuiThread vaultHere;
    if (!m_keychain)
        return;
    auto id = m_vault.vaultId();
    if (!id)
        return;
    if (m_keychain->isChecked()) {
        auto key = m_vault.dataKeyForKeychain();
        if (!key)
            return;
        Vault *vault = &m_vault;
        // The dialog may be gone when the keychain answers: the callback is tied to the application.
        Keychain::writeAsync(Keychain::entryName(*id), *key, qApp, [vault](Status st) {
            const VaultOnGuiThread vaultHere;
            if (st)
                (void)vault->setKeychainEnabled(true);
        });
    } else if (m_vault.keychainEnabled().value()) {
        (void)m_vault.setKeychainEnabled(false);
        Keychain::removeAsync(Keychain::entryName(*id), qApp, [](Status) {});
    }
}

void UnlockDialog::accept()
{
    const SecretBytes passphrase = SecretBytes::fromString(m_passphrase->text());
    if (m_confirm && m_confirm->text() != m_passphrase->text()) {
        showError(tr("The two passphrases differ."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);   // Argon2id takes a moment by design
    const VaultOnGuiThread vaultHere;
    Status st;
    switch (m_mode) {
    case Mode::Create:
        st = m_vault.initialize(passphrase);
        break;
    case Mode::Unlock:
        st = m_vault.unlock(passphrase);
        break;
    case Mode::ChangePassphrase:
        st = m_vault.changePassphrase(SecretBytes::fromString(m_current->text()), passphrase);
        break;
    }
    QApplication::restoreOverrideCursor();
    if (!st) {
        showError(st.error());
        m_passphrase->selectAll();
        return;
    }
    for (QLineEdit *edit : {m_current, m_passphrase, m_confirm}) {
        if (edit)
            edit->clear();
    }
    storeInKeychain();
    QDialog::accept();
}

bool UnlockDialog::ensureUnlocked(Vault &vault, QWidget *parent)
{
    if (vault.isUnlocked())
        return true;
    UnlockDialog dialog(vault, parent);
    return dialog.exec() == QDialog::Accepted && vault.isUnlocked();
}

} // namespace Switchboard
