#pragma once

// Registers clusters in a test's catalog, as `cluster add` does.

#include "clusters/Cluster.h"
#include "store/Database.h"

#include <QMap>
#include <QString>

namespace Switchboard::Test {

// The registered cluster; one with id 0 when registering failed.
Cluster addCluster(const Database &db, const QString &name, const QString &bootstrap,
                   const QMap<QString, QString> &properties = {});

} // namespace Switchboard::Test
