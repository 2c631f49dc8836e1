// The resolver over a fixed routing model: explicit bindings, rules and their specificity,
// environments, grants and consumer groups, malformed URIs and ambiguous rules; and the check
// that refuses a rule which would tie with another.

#include "routing/ConsumerGroup.h"
#include "routing/Resolver.h"
#include "routing/RoutingModelJson.h"
#include "routing/RulePattern.h"

#include <QJsonArray>
#include <QTest>

using namespace Switchboard;

namespace {

const QString invoices = QStringLiteral("kafka://billing.example.com/invoices");
const QString refunds = QStringLiteral("kafka://billing.example.com/refunds");

PatternRule rule(qint64 id, const char *env, const char *host, const char *path, const char *tmpl, qint64 cluster)
{
    PatternRule r;
    r.id = id;
    r.environment = QString::fromLatin1(env);
    r.hostPattern = QString::fromLatin1(host);
    r.pathPattern = QString::fromLatin1(path);
    r.topicTemplate = QString::fromLatin1(tmpl);
    r.clusterId = cluster;
    return r;
}

Grant grant(qint64 id, qint64 app, const QString &channel, Intent intent, const char *group = "", bool prefix = false)
{
    return Grant{id, app, channel, intent, QString::fromLatin1(group), prefix};
}

RoutingModel fixture()
{
    RoutingModel m;
    m.clusters.insert(1, RoutedCluster{1, QStringLiteral("prod-eu"), QStringLiteral("prod"), QStringLiteral("eu1:9092")});
    m.clusters.insert(2, RoutedCluster{2, QStringLiteral("dev-1"), QStringLiteral("dev"), QStringLiteral("dev1:9092")});
    m.clusters.insert(3, RoutedCluster{3, QStringLiteral("prod-us"), QStringLiteral("prod"), QStringLiteral("us1:9092")});
    m.applications = {
        Application{10, QStringLiteral("billing"), QStringLiteral("payments"), {}, {{1, QStringLiteral("User:bob")}}},
        Application{11, QStringLiteral("shipping"), QStringLiteral("logistics"), {}, {}},
    };
    m.channels = {Channel{100, invoices, {}, {}}, Channel{101, refunds, {}, {}}};
    m.bindings = {
        Binding{200, invoices, QStringLiteral("prod"), 1, QStringLiteral("billing.invoices.v1")},
        Binding{201, invoices, QStringLiteral("dev"), 2, QStringLiteral("dev.invoices")},
        Binding{202, refunds, QStringLiteral("prod"), 3, QStringLiteral("refunds")},
    };
    m.rules = {
        rule(301, "prod", "example.org", "t1/*", "c1{1}", 1),
        rule(302, "prod", "*", "t1/special", "special-{0}", 3),
        rule(303, "prod", "*.example.org", "t2/*", "c2{1}", 1),
        rule(304, "prod", "example.org", "*/x", "x-{0}", 1),          // ties with 301 on t1/x
        rule(305, "dev", "example.org", "t1/*", "dev{1}", 2),
        rule(306, "prod", "billing.example.com", "*", "rule-{key}", 3),  // shadowed by bindings
        rule(307, "prod", "*", "t1/*", "generic{1}", 3),
    };
    m.grants = {
        grant(400, 10, invoices, Intent::Produce),
        grant(401, 10, invoices, Intent::Consume, "billing-readers"),
        grant(402, 10, QStringLiteral("kafka://example.org/t1/foo"), Intent::Consume, "billing-", true),
        grant(403, 11, refunds, Intent::Consume, "ship.", true),
        grant(404, 10, QStringLiteral("kafka://example.org/t1/x"), Intent::Produce),
        grant(405, 10, QStringLiteral("kafka://billing.example.com/payments"), Intent::Produce),
        grant(406, 10, QStringLiteral("kafka://example.org/t1/special"), Intent::Produce),
    };
    return m;
}

} // namespace

class TestResolver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void route_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("cluster");   // empty: expect a failure
        QTest::addColumn<QString>("topic");     // or the failure code
        QTest::addColumn<QString>("source");    // binding/rule, or a fragment of the message

        QTest::newRow("binding prod") << invoices << "prod" << "prod-eu" << "billing.invoices.v1" << "binding";
        QTest::newRow("binding dev") << invoices << "dev" << "dev-1" << "dev.invoices" << "binding";
        QTest::newRow("binding beats rule") << invoices << "prod" << "prod-eu" << "billing.invoices.v1" << "binding";
        QTest::newRow("only environment picked") << refunds << "" << "prod-us" << "refunds" << "binding";
        QTest::newRow("several environments") << invoices << "" << "" << "environment_required" << "dev, prod";
        QTest::newRow("rule with {1}") << "kafka://example.org/t1/foo" << "prod" << "prod-eu" << "c1foo" << "rule";
        QTest::newRow("more literal segments win") << "kafka://example.org/t1/special" << "prod" << "prod-us"
                                                   << "special-t1" << "rule";
        QTest::newRow("more literal host labels win") << "kafka://other.net/t1/foo" << "prod" << "prod-us"
                                                      << "genericfoo" << "rule";
        QTest::newRow("host wildcard label") << "kafka://a.example.org/t2/z" << "prod" << "prod-eu" << "c2z" << "rule";
        QTest::newRow("host wildcard is one label") << "kafka://a.b.example.org/t2/z" << "prod" << "" << "no_route"
                                                    << "no rule";
        QTest::newRow("rule {key}") << "kafka://billing.example.com/payments" << "prod" << "prod-us" << "rule-payments"
                                    << "rule";
        QTest::newRow("rule per environment") << "kafka://example.org/t1/foo" << "dev" << "dev-1" << "devfoo" << "rule";
        QTest::newRow("no rule in environment") << "kafka://billing.example.com/payments" << "dev" << "" << "no_route"
                                                << "no binding in dev";
        QTest::newRow("unknown environment") << invoices << "qa" << "" << "no_route" << "qa";
        QTest::newRow("segment count must match") << "kafka://example.org/t1/foo/bar" << "prod" << "" << "no_route"
                                                  << "no rule";
        QTest::newRow("ambiguous rules") << "kafka://example.org/t1/x" << "prod" << "" << "ambiguous" << "match equally";
        QTest::newRow("malformed") << "kafka://example.org//x" << "prod" << "" << "malformed_uri" << "empty path segment";
        QTest::newRow("wrong scheme") << "https://example.org/x" << "prod" << "" << "malformed_uri" << "scheme";
        QTest::newRow("canonicalised") << "KAFKA://Billing.Example.COM/invoices" << "prod" << "prod-eu"
                                       << "billing.invoices.v1" << "binding";
    }
    void route()
    {
        QFETCH(QString, channel);
        QFETCH(QString, env);
        QFETCH(QString, cluster);
        QFETCH(QString, topic);
        QFETCH(QString, source);
        const RoutingModel model = fixture();
        const RouteOutcome r = Resolver::route(model, channel, env);
        // The indexed resolver (the routing service's) answers exactly alike.
        const Resolver indexed(model);
        const RouteOutcome i = indexed.route(channel, env);
        QCOMPARE(i.ok(), r.ok());
        QCOMPARE(i.message(), r.message());
        if (r.ok()) {
            QCOMPARE(i->topic, r->topic);
            QCOMPARE(i->cluster, r->cluster);
            QCOMPARE(i->ruleId, r->ruleId);
            QCOMPARE(i->bindingId, r->bindingId);
        }
        if (cluster.isEmpty()) {
            QVERIFY2(!r, qPrintable(QStringLiteral("routed to %1").arg(r ? r->topic : QString())));
            QCOMPARE(failureCode(r.failure()), topic);
            QVERIFY2(r.message().contains(source), qPrintable(r.message()));
            return;
        }
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->cluster.name, cluster);
        QCOMPARE(r->topic, topic);
        QCOMPARE(r->source == Route::Source::Binding ? QStringLiteral("binding") : QStringLiteral("rule"), source);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("intent");   // empty: any grant
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("expect");   // "cluster/topic#grantId" or failure code
        QTest::addColumn<QString>("message");  // fragment of the failure message

        QTest::newRow("produce granted") << "billing" << invoices << "prod" << "produce" << "" << "prod-eu/billing.invoices.v1#400" << "";
        QTest::newRow("consume granted, group") << "billing" << invoices << "dev" << "consume" << "billing-readers"
                                                << "dev-1/dev.invoices#401" << "";
        QTest::newRow("consume, no group asked") << "billing" << invoices << "prod" << "consume" << ""
                                                 << "prod-eu/billing.invoices.v1#401" << "";
        QTest::newRow("consume, other group") << "billing" << invoices << "prod" << "consume" << "someone-else"
                                              << "no_grant" << "consumer group someone-else";
        QTest::newRow("prefix group") << "shipping" << refunds << "" << "consume" << "ship.audit" << "prod-us/refunds#403" << "";
        QTest::newRow("prefix group miss") << "shipping" << refunds << "" << "consume" << "audit" << "no_grant"
                                           << "(it holds: consume (groups ship.*))";
        QTest::newRow("no produce grant") << "shipping" << refunds << "prod" << "produce" << "" << "no_grant"
                                          << "no produce grant on kafka://billing.example.com/refunds";
        QTest::newRow("no grant at all") << "shipping" << invoices << "prod" << "consume" << "" << "no_grant"
                                         << "shipping holds no consume grant";
        QTest::newRow("any intent") << "shipping" << refunds << "prod" << "" << "" << "prod-us/refunds#403" << "";
        QTest::newRow("any intent, none held") << "shipping" << invoices << "prod" << "" << "" << "no_grant" << "holds no grant";
        QTest::newRow("rule route and prefix grant") << "billing" << "kafka://example.org/t1/foo" << "prod" << "consume"
                                                     << "billing-7" << "prod-eu/c1foo#402" << "";
        QTest::newRow("rule in dev") << "billing" << "kafka://example.org/t1/foo" << "dev" << "consume" << "billing-7"
                                     << "dev-1/devfoo#402" << "";
        QTest::newRow("grant does not route") << "billing" << "kafka://billing.example.com/payments" << "dev" << "produce"
                                              << "" << "no_route" << "payments";
        QTest::newRow("ambiguous beats grant") << "billing" << "kafka://example.org/t1/x" << "prod" << "produce" << ""
                                               << "ambiguous" << "t1/*";
        QTest::newRow("unknown application") << "nobody" << invoices << "prod" << "produce" << "" << "unknown_application"
                                             << "nobody";
        QTest::newRow("malformed before anything") << "nobody" << "kafka://x" << "prod" << "produce" << ""
                                                   << "malformed_uri" << "no path";
    }
    void resolve()
    {
        QFETCH(QString, app);
        QFETCH(QString, channel);
        QFETCH(QString, env);
        QFETCH(QString, intent);
        QFETCH(QString, group);
        QFETCH(QString, expect);
        QFETCH(QString, message);
        ResolveQuery q{app, channel, env, intent.isEmpty() ? std::nullopt : parseIntent(intent), group};
        const ResolveOutcome r = Resolver::resolve(fixture(), q);
        const Resolver indexed(fixture());
        const ResolveOutcome i = indexed.resolve(q);
        QCOMPARE(i.ok(), r.ok());
        QCOMPARE(i.message(), r.message());
        if (r.ok()) {
            QCOMPARE(i->grant, r->grant);
            QCOMPARE(i->route.topic, r->route.topic);
        }
        if (!expect.contains(QLatin1Char('/'))) {
            QVERIFY2(!r, "resolved, expected a failure");
            QCOMPARE(failureCode(r.failure()), expect);
            QVERIFY2(r.message().contains(message), qPrintable(r.message()));
            return;
        }
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(QStringLiteral("%1/%2#%3").arg(r->route.cluster.name, r->route.topic).arg(r->grant.id), expect);
        QCOMPARE(r->application.name, app);
    }

    void rebindingAnswersTheNewTargetAtOnce()
    {
        RoutingModel m = fixture();
        m.bindings[0].clusterId = 3;
        m.bindings[0].topic = QStringLiteral("billing.invoices.v2");
        const auto r = Resolver::resolve(m, ResolveQuery{QStringLiteral("billing"), invoices, QStringLiteral("prod"),
                                                         Intent::Produce, {}});
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->route.cluster.name, QStringLiteral("prod-us"));
        QCOMPARE(r->route.topic, QStringLiteral("billing.invoices.v2"));
        QCOMPARE(r->grant.id, 400);   // the grant stays
    }

    void checkRule_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<qint64>("cluster");
        QTest::addColumn<QString>("error");   // empty: accepted

        QTest::newRow("identical pattern ties") << qint64(0) << "prod" << "example.org" << "t1/*" << "z{1}" << qint64(1) << "tie with rule kafka://example.org/t1/*";
        QTest::newRow("crossing wildcards tie") << qint64(0) << "prod" << "example.org" << "*/y" << "y{0}" << qint64(1) << "tie";
        QTest::newRow("any host ties with any host") << qint64(0) << "prod" << "*" << "*/special" << "s{0}" << qint64(1) << "generic{1}";
        QTest::newRow("longer path is disjoint") << qint64(0) << "prod" << "example.org" << "t1/y/*" << "y{2}" << qint64(1) << "";
        QTest::newRow("more specific is fine") << qint64(0) << "prod" << "example.org" << "t1/bar" << "bar" << qint64(1) << "";
        QTest::newRow("other host label count") << qint64(0) << "prod" << "*.example.org" << "t1/*" << "w{1}" << qint64(1) << "";
        QTest::newRow("same in another env") << qint64(0) << "qa" << "example.org" << "t1/*" << "q{1}" << qint64(1) << "";
        QTest::newRow("tie in dev") << qint64(0) << "dev" << "example.org" << "t1/*" << "d{1}" << qint64(2) << "in dev";
        QTest::newRow("editing itself") << qint64(305) << "dev" << "example.org" << "t1/*" << "c9{1}" << qint64(2) << "";
        QTest::newRow("segment out of range") << qint64(0) << "prod" << "example.org" << "t9/*" << "c{2}" << qint64(1)
                                              << "has only 2 segment(s)";
        QTest::newRow("unknown placeholder") << qint64(0) << "prod" << "example.org" << "t9/*" << "c{x}" << qint64(1)
                                             << "unknown placeholder {x}";
        QTest::newRow("unclosed placeholder") << qint64(0) << "prod" << "example.org" << "t9/*" << "c{1" << qint64(1)
                                              << "without its '}'";
        QTest::newRow("bad topic char") << qint64(0) << "prod" << "example.org" << "t9/*" << "c/{1}" << qint64(1)
                                        << "contains \"/\"";
        QTest::newRow("bad host label") << qint64(0) << "prod" << "exa_mple.org" << "t9/*" << "c{1}" << qint64(1)
                                        << "neither a domain label";
        QTest::newRow("partial wildcard segment") << qint64(0) << "prod" << "example.org" << "t9/a*" << "c{1}" << qint64(1)
                                                  << "one whole segment";
        QTest::newRow("empty segment") << qint64(0) << "prod" << "example.org" << "t9//x" << "c" << qint64(1) << "empty segment";
        QTest::newRow("unknown cluster") << qint64(0) << "prod" << "example.org" << "t9/*" << "c{1}" << qint64(99) << "#99";
        QTest::newRow("no environment") << qint64(0) << "" << "example.org" << "t9/*" << "c{1}" << qint64(1) << "environment";
    }
    void checkRule()
    {
        QFETCH(qint64, id);
        QFETCH(QString, env);
        QFETCH(QString, host);
        QFETCH(QString, path);
        QFETCH(QString, tmpl);
        QFETCH(qint64, cluster);
        QFETCH(QString, error);
        PatternRule r{id, env, host, path, tmpl, cluster, {}};
        const Status st = Resolver::checkRule(fixture(), r);
        if (error.isEmpty()) {
            QVERIFY2(st, qPrintable(st.error()));
        } else {
            QVERIFY(!st);
            QVERIFY2(st.error().contains(error), qPrintable(st.error()));
        }
    }

    // The group a consumer is told (the routing service, resolve and the snippets ask this).
    void consumerGroup_data()
    {
        QTest::addColumn<QList<ConsumerGroup::ChannelGrants>>("channels");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("profileGroup");
        QTest::addColumn<QString>("group");     // the choice, or empty for a refusal
        QTest::addColumn<QString>("message");   // a part of the refusal
        const auto consume = [](qint64 id, const QString &channel, const char *group, bool prefix) {
            return Grant{id, 1, channel, Intent::Consume, QString::fromLatin1(group), prefix};
        };
        const Grant produce{1, 1, invoices, Intent::Produce, {}, false};
        using CG = QList<ConsumerGroup::ChannelGrants>;
        const CG prefixBoth{{invoices, {produce, consume(7, invoices, "billing-", true)}}, {refunds, {consume(8, refunds, "billing-", true)}}};
        QTest::newRow("literal") << CG{{invoices, {consume(3, invoices, "ledger", false)}}} << "" << "" << "ledger" << "";
        QTest::newRow("prefix + application") << prefixBoth << "" << "" << "billing-billing" << "";
        QTest::newRow("asked for inside") << prefixBoth << "billing-x" << "" << "billing-x" << "";
        QTest::newRow("asked for outside") << prefixBoth << "x" << "" << "" << "asked for consumer group x";
        QTest::newRow("profile's inside") << prefixBoth << "" << "billing-p" << "billing-p" << "";
        QTest::newRow("profile's outside") << prefixBoth << "" << "other" << "" << "Profile safe sets group.id other";
        QTest::newRow("asked for wins over the profile's") << prefixBoth << "billing-a" << "other" << "billing-a" << "";
        // The lowest-id grant whose group every channel covers; the channels' order does not matter.
        const CG mixed{{invoices, {consume(9, invoices, "billing-", true), consume(4, invoices, "billing-z", false)}},
                       {refunds, {consume(5, refunds, "billing-", true)}}};
        QTest::newRow("lowest grant id that all cover") << mixed << "" << "" << "billing-z" << "";
        QTest::newRow("channels in the other order") << CG{mixed.at(1), mixed.at(0)} << "" << "" << "billing-z" << "";
        QTest::newRow("a literal on one, a prefix covering it on the other")
            << CG{{invoices, {consume(2, invoices, "billing-", true)}}, {refunds, {consume(1, refunds, "billing-r", false)}}} << ""
            << "" << "billing-r" << "";
        QTest::newRow("nothing shared") << CG{{invoices, {consume(1, invoices, "a", false)}}, {refunds, {consume(2, refunds, "b", false)}}}
                                        << "" << "" << "" << "group a";
    }

    void consumerGroup()
    {
        QFETCH(QList<ConsumerGroup::ChannelGrants>, channels);
        QFETCH(QString, requested);
        QFETCH(QString, profileGroup);
        QFETCH(QString, group);
        QFETCH(QString, message);
        const auto choice = ConsumerGroup::choose(QStringLiteral("billing"), channels, requested, QStringLiteral("safe"), profileGroup);
        if (group.isEmpty()) {
            QVERIFY(!choice);
            QCOMPARE(choice.failure(), ResolveFailure::NoGrant);
            QVERIFY2(choice.message().contains(message), qPrintable(choice.message()));
        } else {
            QVERIFY2(choice, qPrintable(choice.message()));
            QCOMPARE(choice->group, group);
        }
    }

    void modelSurvivesJson()
    {
        const RoutingModel m = fixture();
        auto back = RoutingModelJson::fromJson(RoutingModelJson::toJson(m));
        QVERIFY2(back, qPrintable(back.error()));
        QVERIFY(*back == m);
        QJsonObject broken = RoutingModelJson::toJson(m);
        QJsonArray grants = broken.value(QLatin1String("grants")).toArray();
        QJsonObject g = grants.at(0).toObject();
        g.insert(QStringLiteral("intent"), QStringLiteral("delete"));
        grants.replace(0, g);
        broken.insert(QStringLiteral("grants"), grants);
        auto refused = RoutingModelJson::fromJson(broken);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("delete")), qPrintable(refused.error()));
    }

    // Whatever the table says, a rule that checkRule accepted never makes a URI ambiguous.
    void acceptedRulesNeverTie()
    {
        RoutingModel m = fixture();
        m.rules.removeIf([](const PatternRule &r) { return r.id == 304; });   // the deliberate tie
        const QList<PatternRule> candidates{
            rule(0, "prod", "*", "*/*", "a{0}{1}", 1),      rule(0, "prod", "example.org", "*/*", "b{0}{1}", 1),
            rule(0, "prod", "*", "t1/foo", "c", 1),         rule(0, "prod", "*.org", "t1/*", "d{1}", 1),
            rule(0, "prod", "example.org", "*/foo", "e", 1), rule(0, "prod", "*", "*/foo", "f", 1),
        };
        qint64 nextId = 900;
        for (PatternRule candidate : candidates) {
            if (Resolver::checkRule(m, candidate)) {
                candidate.id = nextId++;
                m.rules.append(candidate);
            }
        }
        QVERIFY(m.rules.size() > fixture().rules.size());
        for (const char *uri : {"kafka://example.org/t1/foo", "kafka://example.org/t2/foo", "kafka://other.org/t1/foo",
                                "kafka://other.org/t3/foo", "kafka://x.example.org/t2/foo", "kafka://example.org/t1/x"}) {
            const auto r = Resolver::route(m, QString::fromLatin1(uri), QStringLiteral("prod"));
            QVERIFY2(r || r.failure() != ResolveFailure::Ambiguous, qPrintable(r.message()));
            const auto i = Resolver(m).route(QString::fromLatin1(uri), QStringLiteral("prod"));
            QCOMPARE(i.ok(), r.ok());
            QCOMPARE(i.ok() ? i->topic : i.message(), r.ok() ? r->topic : r.message());
        }
    }
};

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
