#include "demo/DemoTeam.h"

#include "clusters/ClusterStore.h"
#include "profiles/ProfileStore.h"
#include "requests/RequestStore.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/RuleStore.h"
#include "store/Database.h"
#include "store/StoreSupport.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

#include <QObject>

#include <algorithm>

namespace Switchboard {

namespace {

QString settingKey(qint64 clusterId) { return QStringLiteral("demo.team.%1").arg(clusterId); }

QString channel(const char *path) { return QStringLiteral("kafka://%1/%2").arg(DemoTeam::channelHost(), QLatin1String(path)); }

struct DemoBinding {
    const char *path;
    const char *topic;
    const char *team;
    const char *description;
};

struct DemoRequest {
    const char *application;
    const char *path;
    Intent intent;
    const char *group;   // consume: the consumer group (empty for produce)
    const char *justification;
    enum { Approve, Decline, Leave } outcome;
    const char *reason;  // the decline's reason or the approval's comment
};

} // namespace

const QList<DemoApplication> &DemoTeam::applications()
{
    static const QList<DemoApplication> apps = {
        {QStringLiteral("checkout-api"), QStringLiteral("team-checkout"), QStringLiteral("Takes orders from the web shop and the app.")},
        {QStringLiteral("fulfilment-service"), QStringLiteral("team-fulfilment"), QStringLiteral("Picks, packs and ships new orders.")},
        {QStringLiteral("billing-invoice-mailer"), QStringLiteral("team-billing"), QStringLiteral("Sends invoices by e-mail.")},
        {QStringLiteral("payments-ledger"), QStringLiteral("team-payments"), QStringLiteral("Books captured payments.")},
        {QStringLiteral("analytics-sink"), QStringLiteral("team-data"), QStringLiteral("Loads events into the warehouse.")},
    };
    return apps;
}

Result<bool> DemoTeam::isSeeded(const Database &db, qint64 clusterId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, settingKey(clusterId));
    return stmt->next();
}

Result<bool> DemoTeam::seed(const Database &db, qint64 clusterId)
{
    auto seeded = isSeeded(db, clusterId);
    if (!seeded)
        return seeded;
    if (*seeded)
        return false;
    auto cluster = ClusterStore(db).findById(clusterId);
    if (!cluster)
        return makeError(cluster.error());
    if (!cluster->has_value())
        return makeError(QObject::tr("The demo cluster is not in the catalog"));
    const QString clusterName = (*cluster)->name;
    const QString environment = (*cluster)->environment;

    auto tx = db.transaction();
    const ApplicationStore apps(db);
    for (const DemoApplication &a : applications()) {
        auto existing = apps.find(a.name);
        if (!existing)
            return makeError(existing.error());
        if (existing->has_value()) {
            // A user's own application of that name stays as it is; it only gets a principal here.
            if (!(*existing)->principals.contains(clusterId))
                if (auto st = apps.setPrincipal(a.name, clusterName, QStringLiteral("User:") + a.name); !st)
                    return makeError(st.error());
            continue;
        }
        Application app;
        app.name = a.name;
        app.ownerTeam = a.team;
        app.description = a.description;
        app.principals.insert(clusterId, QStringLiteral("User:") + a.name);
        if (auto added = apps.add(app); !added)
            return makeError(added.error());
    }

    // Channels bound one by one, and a rule for a family of topics (analytics.*).
    static const DemoBinding bindings[] = {
        {"orders/created", "orders.created", "team-checkout", "Every order the shop accepts."},
        {"billing/invoices", "billing.invoices", "team-billing", "Issued invoices."},
        {"payments/captured", "payments.captured", "team-payments", "Payments captured at the provider."},
        {"customers/profile-changes", "customers.profile-changes", "team-identity", "Changes to customer profiles (PII)."},
    };
    const ChannelStore channels(db);
    for (const DemoBinding &b : bindings) {
        const QString uri = channel(b.path);
        auto known = channels.findChannel(uri);
        if (!known)
            return makeError(known.error());
        if (!known->has_value())
            if (auto added = channels.addChannel(uri, QString::fromUtf8(b.description), QString::fromUtf8(b.team)); !added)
                return makeError(added.error());
        auto existing = channels.bindings(uri);
        if (!existing)
            return makeError(existing.error());
        const bool bound = std::any_of(existing->cbegin(), existing->cend(),
                                       [&](const BindingInfo &info) { return info.binding.environment == environment; });
        if (!bound)
            if (auto st = channels.bind(uri, environment, clusterName, QString::fromUtf8(b.topic), true); !st)
                return makeError(st.error());
    }
    PatternRule rule;
    rule.environment = environment;
    rule.hostPattern = channelHost();
    rule.pathPattern = QStringLiteral("analytics/*");
    rule.topicTemplate = QStringLiteral("analytics.{1}");
    rule.description = QStringLiteral("Every analytics stream: kafka://shop.example.com/analytics/<name> is topic analytics.<name>.");
    auto rules = RuleStore(db).list();
    if (!rules)
        return makeError(rules.error());
    const bool hasRule = std::any_of(rules->cbegin(), rules->cend(), [&](const RuleInfo &r) {
        return r.rule.clusterId == clusterId && r.rule.pathPattern == rule.pathPattern;
    });
    if (!hasRule)
        if (auto added = RuleStore(db).add(rule, clusterName); !added)
            return makeError(added.error());

    // A vetted profile of the team's own, beside the built-ins.
    const ProfileStore profiles(db);
    auto own = profiles.find(QStringLiteral("checkoutDurableWrite"));
    if (!own)
        return makeError(own.error());
    if (!own->has_value())
        if (auto copied = profiles.copy(QStringLiteral("durableWrite"), QStringLiteral("checkoutDurableWrite")); !copied)
            return makeError(copied.error());

    // Requests in every state: approved ones (with their grants), one declined, and two left
    // pending for the newcomer to decide.
    static const DemoRequest requests[] = {
        {"checkout-api", "orders/created", Intent::Produce, "", "The shop publishes every accepted order here.",
         DemoRequest::Approve, "Owner team; durable writes."},
        {"fulfilment-service", "orders/created", Intent::Consume, "fulfilment-service", "We ship what is ordered.",
         DemoRequest::Approve, "Approved for the fulfilment group."},
        {"billing-invoice-mailer", "billing/invoices", Intent::Consume, "billing-invoice-mailer",
         "Mails each invoice to the customer.", DemoRequest::Approve, "Approved."},
        {"analytics-sink", "customers/profile-changes", Intent::Consume, "analytics-sink",
         "Customer attributes for the weekly report.", DemoRequest::Decline,
         "Profile changes carry personal data: use the anonymised analytics streams instead."},
        {"payments-ledger", "payments/captured", Intent::Consume, "payments-ledger",
         "The ledger books every captured payment.", DemoRequest::Leave, ""},
        {"analytics-sink", "analytics/pageviews", Intent::Consume, "analytics-sink",
         "Page views for the traffic dashboard (routed by the analytics rule).", DemoRequest::Leave, ""},
    };
    const RequestStore store(db);
    for (const DemoRequest &r : requests) {
        AccessRequest draft;
        draft.application = QString::fromUtf8(r.application);
        draft.channel = channel(r.path);
        draft.intent = r.intent;
        draft.consumerGroup = QString::fromUtf8(r.group);
        draft.justification = QString::fromUtf8(r.justification);
        auto filed = store.file(draft);
        if (!filed)
            return makeError(filed.error());
        if (r.outcome == DemoRequest::Approve) {
            if (auto approved = store.approve(filed->uuid, QString::fromUtf8(r.reason)); !approved)
                return makeError(approved.error());
        } else if (r.outcome == DemoRequest::Decline) {
            if (auto st = store.decline(filed->uuid, QString::fromUtf8(r.reason)); !st)
                return makeError(st.error());
        }
    }

    if (auto st = Internal::execute(db, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, '1')"), {settingKey(clusterId)});
        !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    return true;
}

Result<QMap<QString, QByteArray>> DemoTeam::issueSessionSecrets(const Database &db, Vault &vault, qint64 clusterId)
{
    if (!vault.isUnlocked())
        return makeError(QObject::tr("Unlock the vault to give the demo applications their credentials and tokens"));
    auto tx = db.transaction();
    CredentialStore credentials(db, vault);
    TokenStore tokens(db, vault);
    QMap<QString, QByteArray> issued;
    for (const DemoApplication &a : applications()) {
        auto current = credentials.current(a.name, clusterId);
        if (!current)
            return makeError(current.error());
        if (!current->has_value()) {
            // The mock cluster checks no password; a random one still shows how a credential travels.
            const QByteArray random = Vault::randomBytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            if (auto set = credentials.set(a.name, clusterId, QStringLiteral("PLAIN"), a.name, SecretBytes(random)); !set)
                return makeError(set.error());
        }
        auto previous = tokens.list(a.name);
        if (!previous)
            return makeError(previous.error());
        for (const AppToken &t : *previous)
            if (t.label == tokenLabel() && !t.revokedAt.isValid())
                if (auto st = tokens.revoke(t.id); !st)
                    return makeError(st.error());
        auto token = tokens.issue(a.name, tokenLabel());
        if (!token)
            return makeError(token.error());
        issued.insert(a.name, QByteArray(token->value.bytes().constData(), token->value.size()));
    }
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    return issued;
}

} // namespace Switchboard
