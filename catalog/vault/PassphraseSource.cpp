#include "vault/PassphraseSource.h"

#include <QObject>

#include <cerrno>
#include <unistd.h>

#include <sodium.h>

namespace Switchboard {

Result<SecretBytes> PassphraseSource::readFromFd(int fd)
{
    // Byte by byte up to the first line end, so nothing after the passphrase is consumed.
    QByteArray bytes;
    bytes.reserve(4096);
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            sodium_memzero(bytes.data(), size_t(bytes.size()));
            return makeError(QObject::tr("Cannot read the passphrase from file descriptor %1").arg(fd));
        }
        if (n == 0 || c == '\n')
            break;
        if (bytes.size() >= 4096) {
            sodium_memzero(bytes.data(), size_t(bytes.size()));
            return makeError(QObject::tr("The passphrase on file descriptor %1 is longer than 4 KiB").arg(fd));
        }
        bytes.append(c);
    }
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return SecretBytes(std::move(bytes));
}

Result<std::optional<SecretBytes>> PassphraseSource::fromEnvironment()
{
    if (qEnvironmentVariableIsSet("SWITCHBOARD_VAULT_PASSPHRASE_FD")) {
        bool ok = false;
        const int fd = qEnvironmentVariableIntValue("SWITCHBOARD_VAULT_PASSPHRASE_FD", &ok);
        if (!ok || fd < 0)
            return makeError(QObject::tr("SWITCHBOARD_VAULT_PASSPHRASE_FD is not a file descriptor number"));
        auto value = readFromFd(fd);
        if (!value)
            return makeError(value.error());
        return std::optional<SecretBytes>(std::move(*value));
    }
    if (qEnvironmentVariableIsSet("SWITCHBOARD_VAULT_PASSPHRASE"))
        return std::optional<SecretBytes>(SecretBytes(qgetenv("SWITCHBOARD_VAULT_PASSPHRASE")));
    return std::optional<SecretBytes>();
}

} // namespace Switchboard
