#include "vault/VaultUnlocker.h"

#include "vault/Keychain.h"
#include "vault/PassphraseSource.h"
#include "vault/Vault.h"

#include <QObject>

namespace Switchboard {

Status VaultUnlocker::unlockHeadless(Vault &vault, int passphraseFd)
{
    if (vault.isUnlocked())
        return {};
    auto initialized = vault.isInitialized();
    if (!initialized)
        return makeError(initialized.error());
    if (!*initialized)
        return makeError(QObject::tr("This catalog has no vault yet; create one with \"vault init\""));

    if (passphraseFd >= 0) {
        auto passphrase = PassphraseSource::readFromFd(passphraseFd);
        if (!passphrase)
            return makeError(passphrase.error());
        return vault.unlock(*passphrase);
    }
    auto fromEnv = PassphraseSource::fromEnvironment();
    if (!fromEnv)
        return makeError(fromEnv.error());
    if (fromEnv->has_value())
        return vault.unlock(**fromEnv);

    QString keychainError;
    auto keychain = vault.keychainEnabled();
    if (keychain && *keychain) {
        auto id = vault.vaultId();
        if (!id)
            return makeError(id.error());
        auto key = Keychain::readBlocking(Keychain::entryName(*id));
        if (key) {
            if (auto st = vault.unlockWithDataKey(*key); st)
                return st;
            keychainError = QObject::tr("the key in the OS keychain does not open this vault");
        } else {
            keychainError = key.error();
        }
    }
    QString message = QObject::tr("The vault is locked. Give the passphrase with --passphrase-fd N, "
                                  "SWITCHBOARD_VAULT_PASSPHRASE_FD or SWITCHBOARD_VAULT_PASSPHRASE");
    if (!keychainError.isEmpty())
        message += QStringLiteral(" (") + keychainError + QLatin1Char(')');
    return makeError(message);
}

} // namespace Switchboard
