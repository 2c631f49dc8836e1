#pragma once

// The retention of many topics at once, for the desktop's topic table: TopicSummary does not
// carry configs, and reading each topic's detail per row would be one query per row.
// retention.ms is the topic's override, else the cluster's default as the crawl read it.

#include "core/Result.h"

#include <QHash>
#include <QList>

namespace Switchboard {

class Database;

class TopicRetention {
public:
    explicit TopicRetention(const Database &db) : m_db(db) {}

    // topic id -> retention in ms (-1: forever). Topics without a known value are left out.
    Result<QHash<qint64, qint64>> forTopics(const QList<qint64> &topicIds) const;

private:
    const Database &m_db;
};

} // namespace Switchboard
