#include "main/QueryRunner.h"

#include "store/ConnectionProbe.h"

#include <QCoreApplication>
#include <QThread>

#include <map>
#include <memory>

namespace Switchboard {

QueryRunner::QueryRunner(QString catalogPath, QObject *parent)
    : QObject(parent), m_path(std::move(catalogPath))
{
    // Two readers: a slow query (a big sort) does not hold up a search keystroke behind it.
    m_pool.setMaxThreadCount(2);
    // One writer: SQLite takes one write at a time anyway; queueing them here keeps their
    // order and spares them the busy wait.
    m_writer.setMaxThreadCount(1);
    // Keep the threads (and their connections) instead of reopening the catalog per job.
    m_pool.setExpiryTimeout(-1);
    m_writer.setExpiryTimeout(-1);
    // The GUI tests (add_switchboard_test ... GUI) set this: from now on a store call on the GUI
    // thread stops the test, naming its SQL, instead of freezing a window on a slow disk.
    auto *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread() && qEnvironmentVariableIntValue("SWITCHBOARD_GUARD_GUI_THREAD") == 1
        && !Database::guardedThread())
        Database::guardThread(app->thread());
}

QueryRunner::~QueryRunner()
{
    m_pool.clear();
    m_writer.clear();
    m_writer.waitForDone();
    m_pool.waitForDone();
}

const Database *QueryRunner::connection(const QString &path, QString *error)
{
    // Closed when the worker thread ends (the pool ends its threads when it is destroyed).
    thread_local std::map<QString, std::unique_ptr<Database>> connections;
    auto it = connections.find(path);
    if (it != connections.end())
        return it->second.get();
    auto db = Database::open(path);
    if (!db) {
        if (error)
            *error = db.error();
        return nullptr;
    }
    tuneForReading(**db);
    return connections.emplace(path, std::move(db.value())).first->second.get();
}

} // namespace Switchboard
