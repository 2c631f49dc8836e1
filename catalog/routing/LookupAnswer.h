#pragma once

// The answer a client SDK gets for a lookup (docs/architecture.md, "The lookup protocol"), built
// in one place for every caller: the routing service answers /servicegw and /service-locator
// with it from its installed bundle, and the desktop's "Try the lookup" panel computes the same
// answer from the catalog when no routing service can be asked. What differs between them is
// only where the pieces come from (a LookupSource): the bundle's opened state, or the catalog's
// approved state without secrets.

#include "core/Result.h"
#include "routing/RoutingModel.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Switchboard {

// What a lookup asks for, whichever way it was asked.
struct LookupRequest {
    QString profile;            // empty: none given (allowed only for the header-based lookup)
    QStringList channels;       // as given: channel[N] in index order, then channel[] in query order
    QString environment;        // kafka.env
    QString profileType;        // config_profile.type, checked against the profile's role
    QString consumerGroup;      // kafka.group.id: the group a consumer asks for (ConsumerGroup)
    bool profileRequired = true;
};

struct LookupProfile {
    QString name;
    QString role;              // producer | consumer
    QJsonObject properties;    // typed
};

// The names of profiles, sorted: what an unknown-profile answer lists.
QStringList sortedProfileNames(const QList<LookupProfile> &profiles);

struct LookupCredential {
    QString mechanism;
    QString username;
    QByteArray secret;   // the routing service's opened secret; empty where it is not known (the portal's dry run)
    QDateTime validUntil;

    // Not past its end at that moment (the store hands over only current versions).
    bool isValidAt(const QDateTime &at) const { return !validUntil.isValid() || validUntil >= at; }
};

// Where a lookup's pieces come from.
class LookupSource {
public:
    virtual ~LookupSource() = default;
    virtual const LookupProfile *profile(const QString &name) const = 0;
    virtual QStringList profileNames() const = 0;   // sorted
    // The model a resolution of (application, channel) reads; a reduced one is fine.
    virtual RoutingModel modelFor(const Application &application, const QString &canonicalChannel) const = 0;
    // The cluster as applications see it (their listener's bootstrap servers).
    virtual const RoutedCluster *cluster(qint64 id) const = 0;
    // The application's current credential on the cluster, nullptr without one.
    virtual const LookupCredential *credential(qint64 applicationId, qint64 clusterId) const = 0;
    virtual QString securityProtocol(qint64 clusterId) const = 0;
};

struct LookupAnswer {
    int status = 200;           // 200, or the HTTP status of the error
    QString message;            // the error's message
    QJsonObject body;           // 200: connection, channel_mapping, configuration, credentials
    QString bootstrapServers;   // 200: the cluster's
    QString topic;              // 200: the first channel's topic
    QDateTime credentialValidUntil;

    bool ok() const { return status == 200; }

    static LookupAnswer resolve(const LookupSource &source, const Application &application, const LookupRequest &lookup);
    // The body with every secret value (sasl.password and any key naming a password or secret)
    // replaced by "<redacted>", for showing an answer on screen.
    static QJsonObject redacted(const QJsonObject &body);
};

} // namespace Switchboard
