#pragma once

// Loads the catalog's routing state into a RoutingModel: clusters, applications with their
// principals, channels, bindings, rules and the active (not revoked) grants.

#include "core/Result.h"
#include "routing/RoutingModel.h"

namespace Switchboard {

class Database;

class RoutingModelStore {
public:
    static Result<RoutingModel> load(const Database &db);
};

} // namespace Switchboard
