#pragma once

// Pattern rules in the catalog. A rule is checked before it is saved (Resolver::checkRule):
// well-formed, its cluster known, and no tie with another rule of the same environment.

#include "core/Result.h"
#include "routing/RoutingModel.h"

namespace Switchboard {

class Database;

struct RuleInfo {
    PatternRule rule;
    QString cluster;   // name
};

class RuleStore {
public:
    explicit RuleStore(const Database &db) : m_db(db) {}

    // Host pattern lower-cased, leading '/' of the path dropped, surrounding spaces trimmed.
    static PatternRule normalized(PatternRule rule);

    // rule.clusterId is taken from cluster (by name).
    Result<PatternRule> add(PatternRule rule, const QString &cluster) const;
    Status remove(qint64 id) const;
    Result<QList<RuleInfo>> list() const;

private:
    const Database &m_db;
};

} // namespace Switchboard
