#include "main/QueryRunner.h"

#include <map>
#include <memory>

namespace Switchboard {

QueryRunner::QueryRunner(QString catalogPath, QObject *parent)
    : QObject(parent), m_path(std::move(catalogPath))
{
    // Two workers: a slow query (a big sort) does not hold up a search keystroke behind it.
    m_pool.setMaxThreadCount(2);
    // Keep the threads (and their connections) instead of reopening the catalog per job.
    m_pool.setExpiryTimeout(-1);
}

QueryRunner::~QueryRunner()
{
    m_pool.clear();
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
    // Searches over a large catalog read the same FTS and topic pages again and again: a
    // bigger page cache and memory-mapped reads keep them off the read() path. Best effort.
    (void)(*db)->exec(QStringLiteral("PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456; "
                                     "PRAGMA temp_store = MEMORY;"));
    return connections.emplace(path, std::move(db.value())).first->second.get();
}

} // namespace Switchboard
