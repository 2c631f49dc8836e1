#include "VaultAccess.h"

#include "vault/PassphraseSource.h"
#include "vault/Vault.h"
#include "vault/VaultUnlocker.h"


#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace Switchboard::Cli {


namespace {
Result<int> fdOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return -1;
    bool ok = false;
    const int fd = parser.value(name).toInt(&ok);
    if (!ok || fd < 0)
        return makeError(QObject::tr("--%1 needs a file descriptor number").arg(name));
    return fd;
}
} // namespace

Result<std::unique_ptr<Vault>> openUnlockedVault(Context &ctx, const QCommandLineParser &parser)
{
    auto db = ctx.catalog();
    if (!db)
        return makeError(db.error());
    auto fd = fdOption(parser, QStringLiteral("passphrase-fd"));
    if (!fd)
        return makeError(fd.error());
    auto vault = std::make_unique<Vault>(**db);
    if (auto st = VaultUnlocker::unlockHeadless(*vault, *fd); !st) {
        // On a terminal, ask instead of failing.
        auto initialized = vault->isInitialized();
        if (*fd >= 0 || !initialized || !*initialized || !isatty(STDIN_FILENO) || qEnvironmentVariableIsSet("SWITCHBOARD_VAULT_PASSPHRASE"))
            return makeError(st.error());
        auto passphrase = promptSecret(QObject::tr("Vault passphrase: "));
        if (!passphrase)
            return makeError(passphrase.error());
        if (auto unlocked = vault->unlock(*passphrase); !unlocked)
            return makeError(unlocked.error());
    }
    if (auto key = vault->dataKeyForKeychain())
        ctx.rememberDataKey(std::move(*key));
    return vault;
}


Result<SecretBytes> promptSecret(const QString &prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return makeError(QObject::tr("No terminal to ask on; give the secret with a file descriptor or an environment variable"));
    termios saved{};
    const bool haveTermios = tcgetattr(tty, &saved) == 0;
    if (haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    const QByteArray text = prompt.toUtf8();
    (void)!::write(tty, text.constData(), size_t(text.size()));
    auto value = PassphraseSource::readFromFd(tty);
    if (haveTermios)
        tcsetattr(tty, TCSAFLUSH, &saved);
    (void)!::write(tty, "\n", 1);
    ::close(tty);
    return value;
}

Result<SecretBytes> readSecret(Context &ctx, const QCommandLineParser &parser, const QString &name, const QString &prompt,
                               bool confirm)
{
    Q_UNUSED(ctx)
    auto fd = fdOption(parser, name + QStringLiteral("-fd"));
    if (!fd)
        return makeError(fd.error());
    if (*fd >= 0)
        return PassphraseSource::readFromFd(*fd);
    if (parser.isSet(name + QStringLiteral("-env"))) {
        const QString var = parser.value(name + QStringLiteral("-env"));
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
            return makeError(QObject::tr("The environment variable %1 is not set").arg(var));
        return SecretBytes(qgetenv(var.toLocal8Bit().constData()));
    }
    auto first = promptSecret(prompt);
    if (!first || !confirm)
        return first;
    auto second = promptSecret(QObject::tr("Again: "));
    if (!second)
        return second;
    if (first->bytes() != second->bytes())
        return makeError(QObject::tr("The two entries differ"));
    return first;
}


} // namespace Switchboard::Cli
