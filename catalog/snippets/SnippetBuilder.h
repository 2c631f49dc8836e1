#pragma once

// Gathers what a snippet needs from the catalog: the profile, the application's channels
// resolved with the channels' Resolver (same answer as the routing service gives), the
// cluster's client listener, the application's current credential on that cluster, and, when
// revealing, its secret from the vault.
//
// Rules (as the routing service applies them): every channel must resolve for the application
// with the profile's intent (produce for producer profiles, consume for consumer profiles) and
// all of them to the same cluster. A consumer's group comes from its consume grant (a prefix
// grant gets "<prefix><application>").
//
// Without channels, a cluster and topics may be named directly (the --cluster/--topic fallback).

#include "core/Result.h"
#include "snippets/SnippetInput.h"

#include <QStringList>

namespace Switchboard {

class Database;
class Vault;
struct RoutingModel;

struct SnippetRequest {
    QString application;
    QStringList channels;     // channel URIs
    QString profile;
    QString environment;      // empty: the channels' only environment
    bool reveal = false;      // include the secret (needs the vault unlocked)
    bool requireCredential = true;   // false for the service-locator form
    QString cluster;          // fallback: a cluster name ...
    QStringList topics;       // ... and topics, instead of channels
    QString consumerGroup;    // overrides the group from the grant
    QString routingUrl;       // service-locator
};

class SnippetBuilder {
public:
    SnippetBuilder(const Database &db, Vault &vault) : m_db(db), m_vault(vault) {}

    // Loads the routing model from the catalog (RoutingModelStore) when channels are given.
    Result<SnippetInput> build(const SnippetRequest &request) const;
    Result<SnippetInput> build(const RoutingModel &model, const SnippetRequest &request) const;

private:
    Result<SnippetInput> finish(SnippetInput input, qint64 clusterId, const SnippetRequest &request) const;
    const Database &m_db;
    Vault &m_vault;
};

} // namespace Switchboard
