#pragma once

// The desktop's automatic push: while the catalog's "push automatically" setting is on, every
// change to the catalog that leaves a registered routing service without the current approved
// state (an approval, a revocation, a re-binding, a rotated credential, a new token...) is
// pushed to the stale services in the background.
//
// The hook is the catalog itself, not the views that change it: a cheap poll of SQLite's
// data_version (commits by other connections: workers, the CLI) and total_changes() (commits by
// the GUI connection) notices any change, whoever made it; after a short debounce the
// staleness check (the state hash) and the compile/seal/sign run on a worker thread with its
// own connection, the network part is asynchronous (BundlePusher with its retries and backoff).
// With the vault locked nothing can be sealed or signed: the controller says it is waiting for
// the vault and pushes once it is unlocked. A push that failed is not retried automatically for
// the same state (no loop against a service that is down); the next change or a manual push is.

#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace Switchboard {

class BundlePusher;
class Database;
class QueryRunner;
class Vault;

class AutoPushController : public QObject {
    Q_OBJECT
public:
    enum class State { Off, Checking, Current, WaitingForVault, Pushing, Pushed, Failed };
    Q_ENUM(State)

    // runner: where the staleness check and the compile run (nullptr: one of its own).
    AutoPushController(Database &catalog, Vault &vault, QueryRunner *runner = nullptr, QObject *parent = nullptr);

    // The setting as last read (every poll reads it, on the runner's writer, with the change
    // mark): false until the first read is in.
    bool isEnabled() const { return m_enabled; }
    // Stores the setting in the catalog (the CLI reads the same) on the runner's writer and then
    // checks; a refusal comes back through enableFailed, and the setting stays as it was.
    void setEnabled(bool on);
    State state() const { return m_state; }
    QString statusText() const { return m_status; }

    // How often the catalog is polled for changes (ms); tests shorten it.
    void setPollInterval(int ms);

public Q_SLOTS:
    void checkSoon();

Q_SIGNALS:
    void stateChanged(Switchboard::AutoPushController::State state, const QString &text);
    // A push ran (with or without failures): the view shows the new versions.
    void pushFinished(int failures);
    void enableFailed(const QString &error);

private:
    void poll();
    void check();
    void startPush(const QString &stateHash);
    void setState(State state, const QString &text);
    void finishRun();

    QString m_path;
    Vault &m_vault;
    QueryRunner *m_runner = nullptr;
    BundlePusher *m_pusher = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_debounce = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_totalChanges = -1;
    bool m_vaultUnlocked = false;
    bool m_enabled = false;
    bool m_polling = false;      // a poll is on the writer
    bool m_running = false;      // a check or a push is under way
    bool m_recheck = false;      // something changed meanwhile
    QString m_failedHash;        // the state whose push failed: not retried automatically
    QString m_pushingHash;
    QStringList m_failures;
    State m_state = State::Off;
    QString m_status;
};

} // namespace Switchboard
