// The catalog side of channels: applications, bindings (refused for unknown topics unless
// forced, migrations recorded), rules (ties refused), grants, and requests from filing to
// decision, append-only; and that the RoutingModel loaded from it resolves as stored.

#include "TempCatalog.h"
#include "VerifyResult.h"
#include "audit/AuditLog.h"
#include "clusters/ClusterStore.h"
#include "requests/RequestStore.h"
#include "requests/Role.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/GrantStore.h"
#include "routing/Resolver.h"
#include "routing/RoutingModelStore.h"
#include "routing/RuleStore.h"
#include "store/StoreSupport.h"
#include "acl/DriftReport.h"

#include <QTest>

using namespace Switchboard;

namespace {
const QString invoices = QStringLiteral("kafka://billing.example.com/invoices");
}

class TestChannelStores : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempCatalog> m_catalog;
    qint64 m_prodId = 0;

    const Database &db() const { return m_catalog->db(); }

    void addTopic(qint64 cluster, const QString &name, const char *status = "active")
    {
        const QString now = Internal::nowUtc();
        auto st = Internal::execute(db(), QStringLiteral("INSERT INTO topics(cluster_id, name, status, first_seen_at, last_seen_at, "
                                                         "changed_at) VALUES(?, ?, ?, ?, ?, ?)"),
                                    {cluster, name, QString::fromLatin1(status), now, now, now});
        QVERIFY_RESULT(st);
    }

private Q_SLOTS:
    void init()
    {
        m_catalog = std::make_unique<Test::TempCatalog>();
        QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
        ClusterStore clusters(db());
        Cluster prod;
        prod.name = QStringLiteral("prod-eu");
        prod.environment = QStringLiteral("prod");
        prod.bootstrapServers = QStringLiteral("eu1:9092");
        auto added = clusters.add(prod);
        QVERIFY_RESULT(added);
        m_prodId = added->id;
        Cluster dev = prod;
        dev.name = QStringLiteral("dev-1");
        dev.environment = QStringLiteral("dev");
        QVERIFY(clusters.add(dev));
        addTopic(m_prodId, QStringLiteral("billing.invoices.v1"));
        addTopic(m_prodId, QStringLiteral("billing.invoices.v2"));
        addTopic(m_prodId, QStringLiteral("old.topic"), "deleted");
        Application app;
        app.name = QStringLiteral("billing");
        app.ownerTeam = QStringLiteral("payments");
        QVERIFY(ApplicationStore(db()).add(app));
    }

    void applications()
    {
        ApplicationStore apps(db());
        QVERIFY(!apps.add(Application{0, QStringLiteral("billing"), {}, {}, {}}));          // duplicate
        QVERIFY(!apps.add(Application{0, QStringLiteral("has space"), {}, {}, {}}));
        auto bad = apps.setPrincipal(QStringLiteral("billing"), QStringLiteral("prod-eu"), QStringLiteral("alice"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QLatin1String("User:alice")), qPrintable(bad.error()));
        QVERIFY(apps.setPrincipal(QStringLiteral("billing"), QStringLiteral("prod-eu"), QStringLiteral("User:bob")));
        auto found = apps.find(QStringLiteral("billing"));
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->principals.value(m_prodId), QStringLiteral("User:bob"));
        QCOMPARE((*found)->ownerTeam, QStringLiteral("payments"));
    }

    void bindingNeedsAKnownTopic()
    {
        ChannelStore channels(db());
        auto refused = channels.bind(invoices, QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("nope"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("does not know a topic nope")), qPrintable(refused.error()));
        auto deleted = channels.bind(invoices, QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("old.topic"));
        QVERIFY(!deleted);
        QVERIFY2(deleted.error().contains(QLatin1String("was deleted")), qPrintable(deleted.error()));

        auto forced = channels.bind(invoices, QStringLiteral("dev"), QStringLiteral("dev-1"), QStringLiteral("nope"), true);
        QVERIFY_RESULT(forced);
        QCOMPARE(forced->warnings.size(), 1);
        QVERIFY(forced->binding.forced);

        auto ok = channels.bind(QStringLiteral("KAFKA://Billing.example.com/invoices"), QStringLiteral("prod"),
                                QStringLiteral("prod-eu"), QStringLiteral("billing.invoices.v1"));
        QVERIFY2(ok, qPrintable(ok->warnings.join(QLatin1Char(' '))));
        QVERIFY(ok->warnings.isEmpty());
        QCOMPARE(ok->binding.binding.channel, invoices);
        QCOMPARE(ok->binding.cluster, QStringLiteral("prod-eu"));
        auto twice = channels.bind(invoices, QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("billing.invoices.v2"));
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(QLatin1String("rebind")), qPrintable(twice.error()));
        QCOMPARE(channels.channels()->size(), 1);
    }

    void rebindRecordsTheMigration()
    {
        ChannelStore channels(db());
        QVERIFY(channels.bind(invoices, QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("billing.invoices.v1")));
        QVERIFY(GrantStore(db()).add(QStringLiteral("billing"), invoices, Intent::Produce));
        auto moved = channels.rebind(invoices, QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("billing.invoices.v2"));
        QVERIFY_RESULT(moved);
        auto history = channels.history(invoices);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        const BindingChange &last = history->first();
        QCOMPARE(last.kind, QStringLiteral("rebind"));
        QCOMPARE(last.oldTopic, QStringLiteral("billing.invoices.v1"));
        QCOMPARE(last.newTopic, QStringLiteral("billing.invoices.v2"));
        QCOMPARE(last.actor, AuditLog::currentActor());
        QVERIFY(last.at.isValid());

        // Grants stay; the resolver answers with the new target at once.
        auto model = RoutingModelStore::load(db());
        QVERIFY(model);
        auto r = Resolver::resolve(*model, ResolveQuery{QStringLiteral("billing"), invoices, QStringLiteral("prod"), Intent::Produce, {}});
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->route.topic, QStringLiteral("billing.invoices.v2"));

        QVERIFY(channels.unbind(invoices, QStringLiteral("prod")));
        QCOMPARE(channels.history(invoices)->first().kind, QStringLiteral("unbind"));
        QVERIFY(!channels.removeChannel(invoices));   // an active grant uses it
        auto audit = AuditLog(db()).entries(QStringLiteral("channel:") + invoices);
        QVERIFY(audit);
        QCOMPARE(audit->size(), 4);   // add, bind, rebind, unbind
    }

    void rulesRefuseTies()
    {
        RuleStore rules(db());
        auto first = rules.add(PatternRule{0, QStringLiteral("prod"), QStringLiteral("Example.org"), QStringLiteral("/t1/*"),
                                           QStringLiteral("c1{1}"), 0, {}},
                               QStringLiteral("prod-eu"));
        QVERIFY_RESULT(first);
        QCOMPARE(first->hostPattern, QStringLiteral("example.org"));
        QCOMPARE(first->pathPattern, QStringLiteral("t1/*"));
        auto tie = rules.add(PatternRule{0, QStringLiteral("prod"), QStringLiteral("example.org"), QStringLiteral("*/x"),
                                         QStringLiteral("x"), 0, {}},
                             QStringLiteral("prod-eu"));
        QVERIFY(!tie);
        QVERIFY2(tie.error().contains(QLatin1String("tie")), qPrintable(tie.error()));
        QVERIFY(!rules.add(PatternRule{0, QStringLiteral("prod"), QStringLiteral("x.org"), QStringLiteral("a"), QStringLiteral("a"), 0, {}},
                           QStringLiteral("no-such-cluster")));
        QCOMPARE(rules.list()->size(), 1);
        auto model = RoutingModelStore::load(db());
        auto route = Resolver::route(*model, QStringLiteral("kafka://example.org/t1/orders"), QStringLiteral("prod"));
        QVERIFY2(route, qPrintable(route.message()));
        QCOMPARE(route->topic, QStringLiteral("c1orders"));
        QVERIFY(rules.remove(first->id));
        QVERIFY(rules.list()->isEmpty());
    }

    void grants()
    {
        GrantStore grants(db());
        QVERIFY(!grants.add(QStringLiteral("billing"), invoices, Intent::Consume));   // no group
        QVERIFY(!grants.add(QStringLiteral("nobody"), invoices, Intent::Produce));
        auto g = grants.add(QStringLiteral("billing"), invoices, Intent::Consume, QStringLiteral("billing-"), true);
        QVERIFY_RESULT(g);
        QVERIFY(!grants.add(QStringLiteral("billing"), invoices, Intent::Consume, QStringLiteral("billing-"), true));   // twice
        QVERIFY(grants.revoke(g->grant.id));
        QVERIFY(!grants.revoke(g->grant.id));
        QVERIFY(grants.list()->isEmpty());
        QCOMPARE(grants.list(GrantFilter{{}, {}, true})->size(), 1);
        // After revoking, the same grant can be given again.
        auto again = grants.add(QStringLiteral("billing"), invoices, Intent::Consume, QStringLiteral("billing-"), true);
        QVERIFY(again);
        // An application with active grants stays until they are revoked.
        auto removing = ApplicationStore(db()).remove(QStringLiteral("billing"));
        QVERIFY(!removing);
        QVERIFY2(removing.error().contains(QLatin1String("revoke them first")), qPrintable(removing.error()));
        QVERIFY(grants.revoke(again->grant.id));
        QVERIFY(ApplicationStore(db()).remove(QStringLiteral("billing")));
    }

    void requestForANewTopicInOneRoundTrip()
    {
        RequestStore requests(db());
        AccessRequest draft;
        draft.application = QStringLiteral("billing");
        draft.channel = QStringLiteral("kafka://billing.example.com/refunds");
        draft.intent = Intent::Consume;
        draft.consumerGroup = QStringLiteral("billing-refunds");
        draft.justification = QStringLiteral("refund reports");
        auto nowhere = requests.file(draft);
        QVERIFY(!nowhere);
        QVERIFY2(nowhere.error().contains(QLatin1String("leads nowhere")), qPrintable(nowhere.error()));

        draft.proposedEnvironment = QStringLiteral("prod");
        draft.proposedCluster = QStringLiteral("prod-eu");
        draft.proposedTopic = QStringLiteral("billing.refunds");
        auto filed = requests.file(draft);
        QVERIFY_RESULT(filed);
        QCOMPARE(filed->state, RequestState::Pending);
        QCOMPARE(filed->uuid.size(), 36);
        QCOMPARE(filed->author, AuditLog::currentActor());
        QCOMPARE(*requests.pendingCount(), 1);
        QVERIFY(!requests.file(draft));   // the same one is pending

        // The topic is not in the catalog yet: approval refuses unless forced.
        auto refused = requests.approve(filed->uuid.left(8));
        QVERIFY(!refused);
        QCOMPARE(requests.find(filed->uuid)->state, RequestState::Pending);
        QVERIFY(GrantStore(db()).list()->isEmpty());   // all or nothing

        auto approved = requests.approve(filed->uuid.left(8), QStringLiteral("ok"), true);
        QVERIFY_RESULT(approved);
        QCOMPARE(approved->request.state, RequestState::Approved);
        QCOMPARE(approved->request.reason, QStringLiteral("ok"));
        QVERIFY(approved->binding.has_value());
        QCOMPARE(approved->grant.requestUuid, filed->uuid);
        QCOMPARE(approved->warnings.size(), 1);
        QCOMPARE(*requests.pendingCount(), 0);
        QVERIFY(!requests.approve(filed->uuid));
        QVERIFY(!requests.decline(filed->uuid, QStringLiteral("too late")));

        auto model = RoutingModelStore::load(db());
        auto r = Resolver::resolve(*model, ResolveQuery{QStringLiteral("billing"), draft.channel, {}, Intent::Consume,
                                                        QStringLiteral("billing-refunds")});
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->route.topic, QStringLiteral("billing.refunds"));
    }

    void declineAndWithdraw()
    {
        QVERIFY(ChannelStore(db()).bind(invoices, QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("billing.invoices.v1")));
        RequestStore requests(db());
        AccessRequest draft;
        draft.application = QStringLiteral("billing");
        draft.channel = invoices;
        draft.intent = Intent::Produce;
        auto a = requests.file(draft);
        QVERIFY_RESULT(a);
        QVERIFY(!requests.decline(a->uuid, QStringLiteral("  ")));
        QVERIFY(requests.decline(a->uuid, QStringLiteral("use the v2 channel")));
        auto declined = requests.find(a->uuid);
        QCOMPARE(declined->state, RequestState::Declined);
        QCOMPARE(declined->reason, QStringLiteral("use the v2 channel"));
        QCOMPARE(declined->decidedBy, AuditLog::currentActor());

        auto b = requests.file(draft);
        QVERIFY_RESULT(b);
        QVERIFY(requests.withdraw(QLatin1Char('#') + QString::number(b->id)));
        QCOMPARE(requests.list(RequestState::Withdrawn)->size(), 1);
        QCOMPARE(requests.list(RequestState::Declined)->size(), 1);
        QCOMPARE(requests.list()->size(), 2);

        // Append-only, also for someone with SQL in hand.
        QVERIFY(!Internal::execute(db(), QStringLiteral("UPDATE access_requests SET justification = 'x'")));
        QVERIFY(!Internal::execute(db(), QStringLiteral("DELETE FROM request_events")));
        auto audit = AuditLog(db()).entries(QStringLiteral("request:") + a->uuid);
        QCOMPARE(audit->size(), 2);
    }

    // The drift report from the crawl's acls table: a grant's missing ACL, and one no grant explains.
    void driftFromTheCrawl()
    {
        QVERIFY(ApplicationStore(db()).setPrincipal(QStringLiteral("billing"), QStringLiteral("prod-eu"), QStringLiteral("User:bob")));
        QVERIFY(ChannelStore(db()).bind(invoices, QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("billing.invoices.v1")));
        QVERIFY(GrantStore(db()).add(QStringLiteral("billing"), invoices, Intent::Produce));

        auto never = DriftReport::crawled(db(), QStringLiteral("prod-eu"));
        QVERIFY_RESULT(never);
        QVERIFY(never->notes.join(QLatin1Char(' ')).contains(QLatin1String("never crawled")));

        QVERIFY(Internal::execute(db(), QStringLiteral("INSERT INTO cluster_state(cluster_id, crawled_at) VALUES(?, ?)"),
                                  {m_prodId, Internal::nowUtc()}));
        auto insertAcl = [&](const char *type, const char *name, const char *principal, const char *op) {
            QVERIFY(Internal::execute(db(), QStringLiteral("INSERT INTO acls(cluster_id, resource_type, resource_name, pattern_type, "
                                                           "principal, host, operation, permission) VALUES(?, ?, ?, 'LITERAL', ?, '*', ?, 'ALLOW')"),
                                      {m_prodId, QString::fromLatin1(type), QString::fromLatin1(name), QString::fromLatin1(principal),
                                       QString::fromLatin1(op)}));
        };
        insertAcl("TOPIC", "billing.invoices.v1", "User:bob", "WRITE");       // the grant's; DESCRIBE is missing
        insertAcl("TOPIC", "billing.invoices.v1", "User:carol", "READ");      // nobody's grant
        auto drift = DriftReport::crawled(db(), QStringLiteral("prod-eu"));
        QVERIFY_RESULT(drift);
        QCOMPARE(drift->missing.size(), 1);
        QCOMPARE(drift->missing.first().acl.acl.operation, QStringLiteral("DESCRIBE"));
        QCOMPARE(drift->missing.first().application, QStringLiteral("billing"));
        QCOMPARE(drift->unexplained.size(), 1);
        QCOMPARE(drift->unexplained.first().acl.acl.principal, QStringLiteral("User:carol"));
        QVERIFY(!drift->clean());
        QVERIFY(!DriftReport::crawled(db(), QStringLiteral("no-such-cluster")));
    }

    void role()
    {
        QCOMPARE(RoleSetting::current(db()), Role::PlatformEngineer);
        QVERIFY(RoleSetting::set(db(), Role::Developer));
        QCOMPARE(RoleSetting::current(db()), Role::Developer);
        QVERIFY(m_catalog->reopen());
        QCOMPARE(RoleSetting::current(db()), Role::Developer);
    }
};

QTEST_GUILESS_MAIN(TestChannelStores)
#include "tst_channelstores.moc"
