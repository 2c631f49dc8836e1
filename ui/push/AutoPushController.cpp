#include "push/AutoPushController.h"

#include "main/QueryRunner.h"

#include "push/BundlePusher.h"
#include "push/PushRecording.h"
#include "push/RoutingServiceStore.h"
#include "store/ConnectionProbe.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QLocale>
#include <QTime>
#include <QTimer>

namespace Switchboard {

namespace {

struct CheckResult {
    QString error;
    BundlePusher::Staleness staleness;
};

// What a poll reads: the connection's change mark (the writer's connection, always the same
// one, so its counters compare) and the setting, which the CLI may have changed.
struct Poll {
    ChangeMark mark;
    bool enabled = false;
};

// On a worker's connection; the state hash needs no unlocked vault.
Result<CheckResult> staleOnWorker(const Database &db)
{
    Vault vault(db);
    auto stale = BundlePusher::staleServices(db, vault);
    if (!stale)
        return CheckResult{stale.error(), {}};
    return CheckResult{{}, *stale};
}

} // namespace

AutoPushController::AutoPushController(Database &catalog, Vault &vault, QueryRunner *runner, QObject *parent)
    : QObject(parent), m_path(catalog.path()), m_vault(vault), m_runner(runner ? runner : new QueryRunner(catalog.path(), this))
{
    m_pusher = new BundlePusher(catalog, PushOptions{}, this);
    recordPushesOnWriter(m_pusher, m_runner);
    connect(m_pusher, &BundlePusher::serviceFinished, this, [this](const QString &service, bool ok, qint64, const QString &message) {
        if (!ok)
            m_failures.append(tr("%1: %2").arg(service, message));
    });
    connect(m_pusher, &BundlePusher::finished, this, [this](int failures) {
        if (failures) {
            m_failedHash = m_pushingHash;
            setState(State::Failed, tr("Automatic push failed (%1). It is tried again after the next change; or push now.")
                                        .arg(m_failures.join(QStringLiteral("; "))));
        } else {
            m_failedHash.clear();
            setState(State::Pushed, tr("Pushed automatically at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        }
        Q_EMIT pushFinished(failures);
        finishRun();
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AutoPushController::check);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &AutoPushController::poll);
    m_pollTimer->start();
    m_vaultUnlocked = m_vault.isUnlocked();
    poll();   // its first answer checks
}

void AutoPushController::setEnabled(bool on)
{
    onResultReady(m_runner->write([on](const Database &db) { return RoutingServiceStore::setAutoPush(db, on); }), this,
                  [this, on](const Status &st) {
                      if (!st) {
                          Q_EMIT enableFailed(st.error());
                          return;
                      }
                      m_enabled = on;
                      // Switching it on is a decision to catch up now, also after an earlier failure.
                      m_failedHash.clear();
                      checkSoon();
                  });
}

void AutoPushController::setPollInterval(int ms)
{
    m_pollTimer->setInterval(ms);
}

void AutoPushController::checkSoon()
{
    m_debounce->start();
}

void AutoPushController::poll()
{
    if (m_polling)
        return;   // the writer is busy (an approval talking to a cluster): the next tick asks again
    m_polling = true;
    auto future = m_runner->write([](const Database &db) -> Result<Poll> {
        return Poll{changeMark(db), RoutingServiceStore::autoPush(db)};
    });
    onResultReady(future, this, [this](const Result<Poll> &polled) {
        m_polling = false;
        if (!polled)
            return;
        const qint64 dataVersion = polled->mark.others;
        const qint64 totalChanges = polled->mark.own;
        const bool unlocked = m_vault.isUnlocked();
        const bool first = m_dataVersion < 0;
        const bool settingChanged = polled->enabled != m_enabled;
        m_enabled = polled->enabled;
        if (first || dataVersion != m_dataVersion || totalChanges != m_totalChanges || unlocked != m_vaultUnlocked
            || settingChanged) {
            m_dataVersion = dataVersion;
            m_totalChanges = totalChanges;
            m_vaultUnlocked = unlocked;
            checkSoon();
        }
    });
}

void AutoPushController::check()
{
    if (m_running) {
        m_recheck = true;
        return;
    }
    if (!isEnabled()) {
        setState(State::Off, tr("Automatic push is off: push after changes."));
        return;
    }
    m_running = true;
    m_recheck = false;
    if (m_state == State::Off)
        setState(State::Checking, tr("Checking what is stale..."));
    onResultReady(m_runner->run(staleOnWorker), this, [this](const Result<CheckResult> &checked) {
        const CheckResult result = checked ? *checked : CheckResult{checked.error(), {}};
        if (!result.error.isEmpty()) {
            setState(State::Failed, tr("Automatic push cannot tell what is stale: %1").arg(result.error));
            finishRun();
            return;
        }
        const QStringList stale = result.staleness.services;
        if (stale.isEmpty()) {
            if (m_state != State::Pushed)
                setState(State::Current, tr("Automatic push is on: every routing service holds the current state."));
            finishRun();
            return;
        }
        if (result.staleness.stateHash == m_failedHash) {
            finishRun();   // keeps the Failed state and its message
            return;
        }
        if (!m_vault.isUnlocked()) {
            setState(State::WaitingForVault,
                     tr("Automatic push is waiting for the vault: %1 do(es) not hold the current state. Unlock the vault "
                        "to push (the bundle is signed and its secrets sealed with keys kept there).")
                         .arg(stale.join(QStringLiteral(", "))));
            finishRun();
            return;
        }
        startPush(result.staleness.stateHash);
    });
}

void AutoPushController::startPush(const QString &stateHash)
{
    auto key = m_vault.dataKeyForKeychain();
    if (!key) {
        setState(State::WaitingForVault, tr("Automatic push is waiting for the vault: %1").arg(key.error()));
        finishRun();
        return;
    }
    m_pushingHash = stateHash;
    m_failures.clear();
    setState(State::Pushing, tr("Pushing automatically..."));
    auto future = QueryRunner::runTask([path = m_path, dataKey = QByteArray(key->bytes().constData(), key->size())] {
        return BundlePusher::prepareOnOwnConnection(path, dataKey, BundlePusher::Services::OnlyStale, QString());
    });
    onResultReady(future, this, [this](const Result<QList<PreparedPush>> &prepared) {
        if (!prepared) {
            m_failedHash = m_pushingHash;
            setState(State::Failed, tr("Automatic push failed: %1").arg(prepared.error()));
            finishRun();
            return;
        }
        if (prepared->isEmpty()) {   // someone pushed meanwhile
            setState(State::Current, tr("Automatic push is on: every routing service holds the current state."));
            finishRun();
            return;
        }
        setState(State::Pushing, tr("Pushing version %1 automatically...").arg(prepared->first().version));
        m_pusher->push(*prepared);   // finishes in the pusher's finished handler
    });
}

void AutoPushController::finishRun()
{
    m_running = false;
    if (m_recheck)
        checkSoon();
}

void AutoPushController::setState(State state, const QString &text)
{
    if (state == m_state && text == m_status)
        return;
    m_state = state;
    m_status = text;
    Q_EMIT stateChanged(state, text);
}

} // namespace Switchboard
