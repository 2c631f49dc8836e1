#include "routing/ConsumerGroup.h"

#include <QObject>

#include <algorithm>
#include <tuple>

namespace Switchboard {

namespace {

QList<const Grant *> consumeGrants(const QList<Grant> &grants)
{
    QList<const Grant *> out;
    for (const Grant &g : grants) {
        if (g.intent == Intent::Consume)
            out.append(&g);
    }
    return out;
}

QString describe(const QList<const Grant *> &grants)
{
    QStringList held;
    for (const Grant *g : grants)
        held.append(g->groupIsPrefix ? QObject::tr("groups %1*").arg(g->consumerGroup) : QObject::tr("group %1").arg(g->consumerGroup));
    return held.isEmpty() ? QObject::tr("no consume grant") : held.join(QStringLiteral(", "));
}

bool covered(const QList<const Grant *> &grants, const QString &group)
{
    return std::any_of(grants.cbegin(), grants.cend(), [&](const Grant *g) { return Resolver::grantCoversGroup(*g, group); });
}

} // namespace

QString ConsumerGroup::derive(const Grant &grant, const QString &application)
{
    return grant.groupIsPrefix ? grant.consumerGroup + application : grant.consumerGroup;
}

ResolverOutcome<ConsumerGroup::Choice> ConsumerGroup::choose(const QString &application, const QList<ChannelGrants> &channels,
                                                             const QString &requested, const QString &profileName,
                                                             const QString &profileGroup)
{
    QList<QList<const Grant *>> perChannel;
    for (const ChannelGrants &c : channels)
        perChannel.append(consumeGrants(c.grants));

    // An explicit group (asked for, or the profile's): every channel must cover it.
    const bool asked = !requested.isEmpty();
    if (asked || !profileGroup.isEmpty()) {
        const Choice choice{asked ? requested : profileGroup, asked ? Source::Requested : Source::Profile};
        for (qsizetype i = 0; i < channels.size(); ++i) {
            if (covered(perChannel.at(i), choice.group))
                continue;
            const QString message = asked
                ? QObject::tr("Application %1 asked for consumer group %2, which its consume grant on %3 does not "
                              "cover (it holds: %4)")
                      .arg(application, choice.group, channels.at(i).channel, describe(perChannel.at(i)))
                : QObject::tr("Profile %1 sets group.id %2, which application %3's consume grant on %4 does not cover "
                              "(it holds: %5): use a profile without group.id, or ask for a group the grant covers")
                      .arg(profileName, choice.group, application, channels.at(i).channel, describe(perChannel.at(i)));
            return ResolveError{ResolveFailure::NoGrant, message};
        }
        return choice;
    }

    // Derived: the candidates of all channels, lowest grant id first.
    QList<const Grant *> candidates;
    for (const auto &grants : perChannel)
        candidates += grants;
    std::sort(candidates.begin(), candidates.end(), [](const Grant *a, const Grant *b) {
        return std::tie(a->id, a->consumerGroup, a->groupIsPrefix) < std::tie(b->id, b->consumerGroup, b->groupIsPrefix);
    });
    for (const Grant *candidate : candidates) {
        const QString group = derive(*candidate, application);
        if (group.isEmpty())
            continue;
        if (std::all_of(perChannel.cbegin(), perChannel.cend(), [&](const auto &grants) { return covered(grants, group); }))
            return Choice{group, Source::Grant};
    }
    QStringList held;
    for (qsizetype i = 0; i < channels.size(); ++i)
        held.append(QStringLiteral("%1: %2").arg(channels.at(i).channel, describe(perChannel.at(i))));
    return ResolveError{ResolveFailure::NoGrant,
                        QObject::tr("Application %1 holds no consumer group that its consume grants on all these channels "
                                    "share (%2): ask for consume grants with a common group or prefix, or read the "
                                    "channels with separate consumers")
                            .arg(application, held.join(QStringLiteral("; ")))};
}

} // namespace Switchboard
