#include "vault/Keychain.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Switchboard {

namespace {

// On Linux every backend (Secret Service, KWallet) talks D-Bus; without a session bus some of
// them try to autolaunch one and block. No bus: no keychain, answered at once.
bool keychainReachable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

Status unavailable()
{
    return makeError(QObject::tr("No OS keychain is available (use the passphrase)"));
}

// Runs a job with a timeout; finish() is called exactly once (job result or timeout).
void runJob(QKeychain::Job *job, QObject *context, int timeoutMs, std::function<void(QKeychain::Job *)> finish)
{
    struct State {
        bool done = false;
    };
    auto state = std::make_shared<State>();
    QPointer<QObject> guard(context);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [state, finish](QKeychain::Job *finished) {
        if (state->done)
            return;
        state->done = true;
        finish(finished);
    });
    QTimer::singleShot(timeoutMs, context, [state, finish] {
        if (state->done)
            return;
        state->done = true;
        finish(nullptr);   // timed out
    });
    job->start();
}

QString jobError(QKeychain::Job *job)
{
    if (!job)
        return QObject::tr("The OS keychain did not answer in time (use the passphrase)");
    if (job->error() == QKeychain::EntryNotFound)
        return QObject::tr("The OS keychain holds no key for this vault");
    return QObject::tr("The OS keychain refused: %1").arg(job->errorString());
}

// Runs one asynchronous keychain call to its end on a local event loop, for the blocking
// variants (the command line's; the desktop uses the asynchronous calls).
template<typename R, typename Start>
R waitFor(Start start)
{
    QEventLoop loop;
    std::optional<R> result;
    start(&loop, [&](R r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

bool Keychain::isDisabled()
{
    return qEnvironmentVariable("SWITCHBOARD_VAULT_KEYCHAIN") == QLatin1String("0");
}

void Keychain::readAsync(const QString &entry, QObject *context, ReadCallback callback, int timeoutMs)
{
    if (isDisabled() || !keychainReachable()) {
        QTimer::singleShot(0, context, [callback] { callback(makeError(unavailable().error())); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(entry);
    runJob(job, context, timeoutMs, [callback](QKeychain::Job *finished) {
        auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
        if (!read || read->error() != QKeychain::NoError) {
            callback(makeError(jobError(finished)));
            return;
        }
        callback(SecretBytes(read->binaryData()));
    });
}

void Keychain::writeAsync(const QString &entry, const SecretBytes &value, QObject *context, WriteCallback callback,
                          int timeoutMs)
{
    if (isDisabled() || !keychainReachable()) {
        QTimer::singleShot(0, context, [callback] { callback(unavailable()); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(entry);
    job->setBinaryData(value.bytes());
    runJob(job, context, timeoutMs, [callback](QKeychain::Job *finished) {
        if (!finished || finished->error() != QKeychain::NoError) {
            callback(makeError(jobError(finished)));
            return;
        }
        callback(Status());
    });
}

void Keychain::removeAsync(const QString &entry, QObject *context, WriteCallback callback, int timeoutMs)
{
    if (isDisabled() || !keychainReachable()) {
        QTimer::singleShot(0, context, [callback] { callback(unavailable()); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(entry);
    runJob(job, context, timeoutMs, [callback](QKeychain::Job *finished) {
        if (!finished || (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)) {
            callback(makeError(jobError(finished)));
            return;
        }
        callback(Status());
    });
}

Result<SecretBytes> Keychain::readBlocking(const QString &entry, int timeoutMs)
{
    if (isDisabled() || !keychainReachable())
        return unavailable();
    return waitFor<Result<SecretBytes>>([&](QObject *loop, auto done) { readAsync(entry, loop, done, timeoutMs); });
}

Status Keychain::writeBlocking(const QString &entry, const SecretBytes &value, int timeoutMs)
{
    if (isDisabled() || !keychainReachable())
        return unavailable();
    return waitFor<Status>([&](QObject *loop, auto done) { writeAsync(entry, value, loop, done, timeoutMs); });
}

Status Keychain::removeBlocking(const QString &entry, int timeoutMs)
{
    if (isDisabled() || !keychainReachable())
        return unavailable();
    return waitFor<Status>([&](QObject *loop, auto done) { removeAsync(entry, loop, done, timeoutMs); });
}

} // namespace Switchboard
