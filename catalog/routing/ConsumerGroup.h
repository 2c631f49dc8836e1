#pragma once

// Which consumer group (group.id) a consumer is told to use for a set of channels: the routing
// service's consume answers, `switchboard-cli resolve` and the client snippets all ask this one
// function, so they cannot disagree. The upstream SDKs build their consumer only from the
// answer's connection, credentials and configuration, so the answer must carry the group.
//
// In this order:
//   1. the group the application asks for (the lookup's dotted parameter kafka.group.id, the
//      CLI's --group, the snippet's group);
//   2. else the profile's own group.id, if the profile sets one;
//   3. else derived from the application's consume grants: a literal grant gives its group, a
//      prefix grant its prefix followed by the application's name ("billing-" + "billing" =
//      "billing-billing"). Of the groups so derived, the one of the lowest-id grant that the
//      grants of every channel cover wins: deterministic, and independent of the order in which
//      the channels were asked for.
// Whatever its source, every channel needs a consume grant covering the group (equal to a
// literal grant's group, or starting with a prefix grant's prefix); else the answer is NoGrant
// with a message naming the group, where it came from, and the grants held.

#include "routing/Resolver.h"

#include <QList>
#include <QString>

namespace Switchboard {

class ConsumerGroup {
public:
    enum class Source { Requested, Profile, Grant };

    struct Choice {
        QString group;
        Source source = Source::Grant;
    };

    // The application's grants on one channel (any intent: only consume grants are looked at).
    struct ChannelGrants {
        QString channel;      // canonical URI, for messages
        QList<Grant> grants;
    };

    // The group a grant gives an application that asks for none: the literal group, or the
    // prefix followed by the application's name.
    static QString derive(const Grant &grant, const QString &application);

    // profileName is only for messages (empty: no profile).
    static ResolverOutcome<Choice> choose(const QString &application, const QList<ChannelGrants> &channels,
                                          const QString &requested, const QString &profileName = QString(),
                                          const QString &profileGroup = QString());
};

} // namespace Switchboard
