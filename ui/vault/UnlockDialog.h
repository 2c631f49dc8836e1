#pragma once

// Asks for the vault passphrase: to create the vault (twice), to unlock it, or to change it.
// Where the vault keeps a copy of its key in the OS keychain, unlocking first asks the keychain
// (asynchronously, with a timeout) and accepts on its own when that works. A wrong passphrase
// is shown inline and nothing changes.

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Switchboard {

class Vault;

class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Unlock, ChangePassphrase };
    // The mode follows the vault: Create if it has none, else Unlock (or ChangePassphrase).
    explicit UnlockDialog(Vault &vault, QWidget *parent = nullptr, bool changePassphrase = false);

    Mode mode() const { return m_mode; }
    QString errorText() const;

    // Convenience: the vault unlocked, or after asking; false if the user cancelled.
    static bool ensureUnlocked(Vault &vault, QWidget *parent);

public Q_SLOTS:
    void accept() override;

private:
    void tryKeychain();
    void showError(const QString &message);
    void storeInKeychain();

    Vault &m_vault;
    Mode m_mode = Mode::Unlock;
    QLabel *m_intro = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_keychain = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Switchboard
