#pragma once

// Writes one cluster's CrawlSnapshot into the catalog in a single transaction: topics are
// updated in place (curation untouched), vanished topics are marked deleted, changes become
// history entries, message counts become samples and rates. Rows that did not change are not
// rewritten, so the full-text index (fed by triggers on names, descriptions and tags) is not
// touched by a re-crawl.

#include "core/Result.h"
#include "crawl/CrawlSnapshot.h"
#include "crawl/CrawlTypes.h"

#include <QDateTime>

#include <atomic>

namespace Switchboard {

class Database;

class CrawlWriter {
public:
    CrawlWriter(const Database &db, qint64 clusterId, qint64 crawlId);

    // Writes the snapshot and completes the crawl's row (outcome, counts) in the same
    // transaction. Fills outcome's counts. Rolls back, leaving the previous snapshot, on any
    // error or when cancelled is set before the commit.
    Status write(const CrawlSnapshot &snapshot, CrawlOutcome &outcome, const std::atomic_bool *cancelled = nullptr);

private:
    const Database &m_db;
    qint64 m_clusterId;
    qint64 m_crawlId;
};

} // namespace Switchboard
