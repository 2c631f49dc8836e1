#pragma once

// Client applications in the catalog: who a grant is for and who later authenticates to the
// routing service. Each has an owner team, a description and, per cluster, the Kafka principal
// it connects as (e.g. User:billing-svc), which ACL provisioning uses. Every change is audited.

#include "core/Result.h"
#include "routing/RoutingModel.h"

#include <optional>

namespace Switchboard {

class Database;

class ApplicationStore {
public:
    explicit ApplicationStore(const Database &db) : m_db(db) {}

    // Names are what people and the routing service use: letters, digits, '.', '_', '-'.
    static Status validateName(const QString &name);
    // Kafka principals are "Type:name", e.g. User:alice.
    static Status validatePrincipal(const QString &principal);

    Result<Application> add(const Application &app) const;
    Status update(const Application &app) const;   // owner team and description, by name
    Status remove(const QString &name) const;
    Result<QList<Application>> list() const;
    Result<std::optional<Application>> find(const QString &name) const;
    // Sets (or, with an empty principal, clears) the application's principal on a cluster.
    Status setPrincipal(const QString &application, const QString &cluster, const QString &principal) const;

private:
    Result<QList<Application>> query(const QString &where, const QString &arg) const;
    const Database &m_db;
};

} // namespace Switchboard
