#pragma once

// Registers, lists, changes and removes clusters in the catalog, validating what comes in:
// a malformed bootstrap list or an unknown client property is refused with the bad part named.

#include "clusters/Cluster.h"
#include "core/Result.h"

#include <QList>
#include <optional>

namespace Switchboard {

class Database;

class ClusterStore {
public:
    explicit ClusterStore(const Database &db) : m_db(db) {}

    static Status validate(const Cluster &cluster);

    Result<Cluster> add(Cluster cluster) const;
    Status update(const Cluster &cluster) const;
    Status remove(const QString &name) const;
    Result<QList<Cluster>> list() const;
    Result<std::optional<Cluster>> find(const QString &name) const;
    Result<std::optional<Cluster>> findById(qint64 id) const;

private:
    Result<QList<Cluster>> query(const QString &where, const QVariant &arg) const;
    const Database &m_db;
};

} // namespace Switchboard
