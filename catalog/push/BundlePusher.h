#pragma once

// Pushes the current routing bundle to registered routing services: PUT /admin/v1/bundle over
// HTTP(S) with Qt Network, retrying network failures, 429 and 5xx with exponential backoff,
// and recording in the catalog which version each service now holds (or why it does not).
//
// prepare() compiles, seals (per service) and signs; it reads the catalog and the vault and may
// run on a worker thread with its own Database. push() is asynchronous and must be called on
// the thread that owns the pusher (it records results through the Database given to it, or
// through the recorder set with setRecorder: the desktop's writer lane).

#include "core/Result.h"
#include "push/RoutingServiceStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Switchboard {

class Database;
class Vault;

struct PreparedPush {
    RoutingService service;
    qint64 version = 0;
    QString stateHash;
    QByteArray body;   // the signed envelope; secrets inside are sealed to this service only
};

struct PushOptions {
    int attempts = 4;
    int initialBackoffMs = 250;
    int timeoutMs = 15000;
    int ttlSeconds = 300;
};

class BundlePusher : public QObject {
    Q_OBJECT
public:
    BundlePusher(const Database &db, PushOptions options = {}, QObject *parent = nullptr);

    // Bundles for every service, or only the one named. Needs the vault unlocked.
    static Result<QList<PreparedPush>> prepare(const Database &db, Vault &vault, const QString &onlyService = {},
                                               int ttlSeconds = 300);
    // Bundles only for the services that do not hold the current state (for the automatic
    // push): an empty list when every service is current. Needs the vault unlocked.
    static Result<QList<PreparedPush>> prepareStale(const Database &db, Vault &vault, int ttlSeconds = 300);
    // For a worker thread: the same, on a connection and a vault of the thread's own (one
    // connection per thread), the vault unlocked with the data key of the caller's unlocked one.
    enum class Services { All, OnlyStale };
    static Result<QList<PreparedPush>> prepareOnOwnConnection(const QString &catalogPath, const QByteArray &dataKey,
                                                              Services which, const QString &onlyService = {});
    // The hash of the catalog's current routing state (no vault unlock needed): compare it with
    // each service's deployed_state_hash to show what is stale.
    static Result<QString> currentStateHash(const Database &db, Vault &vault);
    // The registered services that do not hold the current state (no vault unlock needed).
    struct Staleness {
        QString stateHash;
        QStringList services;
    };
    static Result<Staleness> staleServices(const Database &db, Vault &vault);

    // How a push's outcome reaches the catalog: record(job, then) runs job on a connection of
    // its choosing and later calls then(status) on the pusher's thread (or never, if the pusher
    // is gone). Without one, job runs at once on the Database given to the constructor.
    using RecordJob = std::function<Status(const Database &)>;
    using Recorder = std::function<void(RecordJob job, std::function<void(const Status &)> then)>;
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }

    void push(const QList<PreparedPush> &pushes);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void serviceFinished(const QString &service, bool ok, qint64 version, const QString &message);
    void finished(int failures);

private:
    static Result<QList<PreparedPush>> prepareFor(const Database &db, Vault &vault, const QString &onlyService, bool onlyStale,
                                                  int ttlSeconds);
    void attempt(const PreparedPush &push, int attemptNumber);
    void done(const PreparedPush &push, bool ok, int httpStatus, int attempts, const QString &message);

    const Database &m_db;
    PushOptions m_options;
    QNetworkAccessManager m_network;
    int m_pending = 0;
    int m_failures = 0;
    Recorder m_recorder;
};

} // namespace Switchboard
