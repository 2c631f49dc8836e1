#pragma once

// The demo's team: what a platform team's catalog holds after a few weeks, so that a newcomer
// who opens the demo finds every view populated and can walk the whole loop (approve a request,
// push, look a channel up, export a snippet) in the first minute. Applications with principals
// on the demo cluster, channels bound to demo topics, a pattern rule, requests in every state
// (the approved ones with their grants), a custom profile; then, with the vault unlocked, a
// credential per application and a fresh routing token per application for this session.
//
// Everything goes through the stores (validation, audit, history), exactly as a user's own
// changes would; nothing is written around them.

#include "core/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Switchboard {

class Database;
class Vault;

struct DemoApplication {
    QString name;
    QString team;
    QString description;
};

class DemoTeam {
public:
    static const QList<DemoApplication> &applications();
    // The domain of the demo's channels (kafka://shop.example.com/...).
    static QString channelHost() { return QStringLiteral("shop.example.com"); }
    // The label of the tokens issued for one run of the app (revoked at the next one).
    static QString tokenLabel() { return QStringLiteral("demo session"); }
    // A channel that resolves for checkout-api (produce) once the demo is seeded: what the
    // "first lookup" in the docs and the tests ask for.
    static QString firstLookupApplication() { return QStringLiteral("checkout-api"); }
    static QString firstLookupChannel() { return QStringLiteral("kafka://shop.example.com/orders/created"); }
    static QString firstLookupProfile() { return QStringLiteral("durableWrite"); }

    // Seeds the team state on the demo cluster's row, once per catalog and demo cluster (what a
    // user changes afterwards is never overwritten). Needs the demo's topics crawled (bindings
    // name known topics). true when it seeded now. One transaction: all or nothing.
    static Result<bool> seed(const Database &db, qint64 clusterId);
    static Result<bool> isSeeded(const Database &db, qint64 clusterId);

    // With the vault unlocked: a credential (SASL/PLAIN) per demo application on the demo
    // cluster where it has none, and a new routing token per application, the previous demo
    // session's tokens revoked. Returns application -> token (kept only in memory, like any
    // token shown once: a QByteArray because results cross threads by copy).
    static Result<QMap<QString, QByteArray>> issueSessionSecrets(const Database &db, Vault &vault, qint64 clusterId);
};

} // namespace Switchboard
