#pragma once

// RoutingModel <-> JSON, so the routing bundle (or a test, or a debug dump) can carry the model
// without re-inventing its shape. Field names are snake_case; ids are JSON numbers; grants name
// their application by id. fromJson refuses a document that does not hold together (a binding
// with a malformed channel, an unknown intent) with the bad entry named.

#include "core/Result.h"
#include "routing/RoutingModel.h"

#include <QJsonObject>

namespace Switchboard {

class RoutingModelJson {
public:
    static QJsonObject toJson(const RoutingModel &model);
    static Result<RoutingModel> fromJson(const QJsonObject &json);
};

} // namespace Switchboard
