#pragma once

// Runs catalog work off the GUI thread. Each worker thread opens its own connection to the
// catalog file (a Database is one connection per thread; WAL lets them read side by side)
// and keeps it for the next job. Results come back through onResultReady() to a guard object:
// when the guard is gone, so is the watcher, and a late result is dropped (no nested loops).

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

    // job: (const Database &) -> Result<T>. A catalog that cannot be opened gives that error.
    template<typename Job>
    auto run(Job job) -> QFuture<std::invoke_result_t<Job, const Database &>>
    {
        using R = std::invoke_result_t<Job, const Database &>;
        return QtConcurrent::run(&m_pool, [path = m_path, job = std::move(job)]() -> R {
            QString error;
            const Database *db = connection(path, &error);
            if (!db)
                return R(makeError(error));
            return job(*db);
        });
    }

    // The calling worker thread's connection to path, opened on first use.
    static const Database *connection(const QString &path, QString *error);

private:
    QString m_path;
    QThreadPool m_pool;
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
