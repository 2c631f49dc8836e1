#pragma once

// The one way catalog work leaves the GUI thread. Reads run on a small pool; each worker
// thread opens its own connection to the catalog file (a Database is one connection per
// thread; WAL lets them read side by side) and keeps it for the next job. Writes run on the
// single writer: one more worker with its own connection that takes them one at a time, in
// the order asked, so two writes never race for SQLite's lock and a later write (or a read
// asked after it finished) sees an earlier one. Results come back through onResultReady() to a
// guard object: when the guard is gone, so is the watcher, and a late result is dropped (no
// nested loops). Work that needs no catalog (starting the demo's mock, testing a connection)
// goes through runTask().

#include "store/Database.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

namespace Switchboard {

class QueryRunner : public QObject {
    Q_OBJECT
public:
    explicit QueryRunner(QString catalogPath, QObject *parent = nullptr);
    ~QueryRunner() override;   // waits for running jobs, then closes the worker connections

    QString catalogPath() const { return m_path; }

    // A read. job: (const Database &) -> Result<T>. A catalog that cannot be opened gives that error.
    template<typename Job>
    auto run(Job job) -> QFuture<std::invoke_result_t<Job, const Database &>>
    {
        return onConnection(&m_pool, std::move(job));
    }

    // A write (or a read that must see the writes asked before it), on the single writer.
    template<typename Job>
    auto write(Job job) -> QFuture<std::invoke_result_t<Job, const Database &>>
    {
        return onConnection(&m_writer, std::move(job));
    }

    // Work without the catalog (it may block for a while: a mock cluster starting, a
    // connection test waiting for its timeout). job: () -> T. On the application's pool, so
    // that neither a runner nor a closed dialog waits for it; the guard drops a late result.
    template<typename Job>
    static auto runTask(Job job) -> QFuture<std::invoke_result_t<Job>>
    {
        return QtConcurrent::run(std::move(job));
    }

    // The calling worker thread's connection to path, opened on first use.
    static const Database *connection(const QString &path, QString *error);

private:
    template<typename Job>
    auto onConnection(QThreadPool *pool, Job job) -> QFuture<std::invoke_result_t<Job, const Database &>>
    {
        using R = std::invoke_result_t<Job, const Database &>;
        return QtConcurrent::run(pool, [path = m_path, job = std::move(job)]() -> R {
            QString error;
            const Database *db = connection(path, &error);
            if (!db)
                return R(makeError(error));
            return job(*db);
        });
    }

    QString m_path;
    QThreadPool m_pool;
    QThreadPool m_writer;
};

// Calls f(result) on guard's thread when future finishes, unless guard was destroyed first.
template<typename T, typename F>
void onResultReady(const QFuture<T> &future, QObject *guard, F f)
{
    auto *watcher = new QFutureWatcher<T>(guard);
    QObject::connect(watcher, &QFutureWatcherBase::finished, guard, [watcher, f = std::move(f)]() mutable {
        watcher->deleteLater();
        if (watcher->future().isValid() && watcher->future().resultCount() > 0)
            f(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace Switchboard
