#pragma once

// Everything the network phases of one crawl read, held in memory until the one write
// transaction. A part whose have* flag is false was not read (skipped, not authorized): the
// writer leaves what the catalog holds for that part as it was.

#include "kafka/KafkaTypes.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace Switchboard {

struct CrawlSnapshot {
    ClusterMetadata metadata;
    qint64 measuredAtMs = 0;       // when the watermarks were read (epoch ms)

    bool haveConfigs = false;
    TopicConfigSnapshot configs;   // topics missing from configs.overrides keep their old values

    bool haveWatermarks = false;
    // topic -> (low, high) indexed by partition id; -1 where unknown
    QHash<QString, QList<std::pair<qint64, qint64>>> watermarks;

    bool haveGroups = false;
    // False when some broker did not list its groups: groups missing from `groups` are then
    // kept in the catalog, not taken for deleted.
    bool groupsComplete = true;
    QList<ConsumerGroupInfo> groups;

    bool haveOffsets = false;
    QHash<QString, QList<TopicPartitionOffset>> offsets;   // group -> committed offsets
    QMap<QString, QString> offsetErrors;                   // group -> why its offsets could not be read

    bool haveAcls = false;
    QList<AclBinding> acls;
};

} // namespace Switchboard
