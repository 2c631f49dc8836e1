// The team workspace end to end, as its members would run it: alice, bob and carol each with
// their own catalog, vault and SASL user, driving separate switchboard-cli processes against
// the real broker. alice creates the workspace and enrolls bob and carol as developers; bob's
// request reaches alice; alice approves it with a reason; bob sees the decision. The broker,
// not the app, stops bob from approving, from enrolling anyone and from filing as carol, and
// the CLI says so in plain words. Records that bob's produce rights let him put on his own
// topic but that no request could be are ignored and reported. carol files a request while
// her cluster is unreachable; it waits in the outbox and goes out when she syncs again. When
// alice and a second platform member (admin) decide the same request at once, the first
// decision in the log stands on every replica and alice is told hers lost; when both edit the
// same member at once, the later write stands and alice, whose edit it replaced, is told. bob
// withdraws his own request (relayed to the state by a platform member's sync), never carol's.

#include "CliProcess.h"
#include "KafkaFixtures.h"
#include "TestBroker.h"
#include "clusters/ClusterStore.h"
#include "kafka/AdminClient.h"
#include "kafka/Producer.h"
#include "store/Database.h"
#include "workspace/WorkspaceLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

class TestWorkspaceE2E : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_app;
    QString m_topic;
    QString m_channel;
    QString m_bobRequest;

    QString catalog(const QString &user) const { return m_dir.filePath(user + QStringLiteral(".sqlite")); }

    Test::CliRun cli(const QString &user, const QStringList &args, int timeoutMs = 60000)
    {
        const auto broker = Test::TestBroker::fromEnvironment();
        Test::CliEnvironment env;
        env.removePrefixes = {QStringLiteral("SWITCHBOARD_VAULT"), QStringLiteral("SWITCHBOARD_CATALOG"),
                              QStringLiteral("SWITCHBOARD_USER"), QStringLiteral("SWITCHBOARD_CRAWL")};
        env.set.insert(QStringLiteral("SWITCHBOARD_VAULT_KEYCHAIN"), QStringLiteral("0"));
        env.set.insert(QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"), QStringLiteral("passphrase of ") + user);
        env.set.insert(QStringLiteral("HOME_SECRET"), broker->password(user));
        env.set.insert(QStringLiteral("USER"), QStringLiteral("desktop-") + user);   // not what the workspace records
        return Test::runProcess(QStringLiteral(SWITCHBOARD_CLI), QStringList{QStringLiteral("--catalog"), catalog(user)} + args,
                                env, {}, timeoutMs);
    }

    static QString text(const Test::CliRun &r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
    }

    QJsonArray requestsOf(const QString &user)
    {
        const auto r = cli(user, {QStringLiteral("requests"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(text(r)));
        return QJsonDocument::fromJson(r.out).array();
    }

    static QJsonObject find(const QJsonArray &requests, const QString &uuid)
    {
        for (const QJsonValue &v : requests) {
            if (v.toObject().value(QLatin1String("id")).toString() == uuid
                || v.toObject().value(QLatin1String("uuid")).toString() == uuid)
                return v.toObject();
        }
        return {};
    }

    QString fileRequest(const QString &user, const QString &application, const QString &topic, Test::CliRun *run = nullptr)
    {
        const auto r = cli(user, {QStringLiteral("request"), application, QStringLiteral("kafka://ws.example.com/") + topic,
                                  QStringLiteral("--intent"), QStringLiteral("produce"), QStringLiteral("--env"),
                                  QStringLiteral("test"), QStringLiteral("--cluster"), QStringLiteral("home"),
                                  QStringLiteral("--topic"), topic, QStringLiteral("--justification"), QStringLiteral("invoices")});
        if (run)
            *run = r;
        const QString out = QString::fromUtf8(r.out);
        const qsizetype at = out.indexOf(QLatin1String("Filed request "));
        return at < 0 ? QString() : out.mid(at + 14, 36);
    }

    Status setBootstrap(const QString &user, const QString &bootstrap)
    {
        auto db = Database::open(catalog(user));
        if (!db)
            return makeError(db.error());
        auto cluster = ClusterStore(**db).find(QStringLiteral("home"));
        if (!cluster || !cluster->has_value())
            return makeError(QStringLiteral("no home cluster"));
        Cluster c = **cluster;
        c.bootstrapServers = bootstrap;
        return ClusterStore(**db).update(c);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        QVERIFY(m_dir.isValid());
        m_workspace = Test::uniqueName(QStringLiteral("ws"));
        m_app = Test::uniqueName(QStringLiteral("billing"));
        m_topic = Test::uniqueName(QStringLiteral("invoices"));
        m_channel = QStringLiteral("kafka://ws.example.com/") + m_topic;
        // What a cluster operator gives the engineer who sets the workspace up: creating its
        // topics, and writing ACLs (Kafka has no narrower right for that).
        const WorkspaceLayout layout(m_workspace);
        const Status granted = Test::createAcls(broker.plaintextConfig(),
                                 {AclBinding{QStringLiteral("TOPIC"), layout.prefix(), QStringLiteral("PREFIXED"), QStringLiteral("User:alice"),
                                             QStringLiteral("*"), QStringLiteral("CREATE"), QStringLiteral("ALLOW")},
                                  // librdkafka 2.0.2 names Kafka's CLUSTER resource type (4) BROKER.
                                  AclBinding{QStringLiteral("BROKER"), QStringLiteral("kafka-cluster"), QStringLiteral("LITERAL"),
                                             QStringLiteral("User:alice"), QStringLiteral("*"), QStringLiteral("ALTER"),
                                             QStringLiteral("ALLOW")}});
        QVERIFY2(granted, qPrintable(granted.error()));
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("admin")}) {
            auto r = cli(user, {QStringLiteral("vault"), QStringLiteral("init")});
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
            r = cli(user, {QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("home"), QStringLiteral("--bootstrap"),
                           broker.saslBootstrap(), QStringLiteral("--env"), QStringLiteral("test"), QStringLiteral("--property"),
                           QStringLiteral("security.protocol=SASL_PLAINTEXT"), QStringLiteral("--property"),
                           QStringLiteral("sasl.mechanisms=PLAIN"), QStringLiteral("--property"), QStringLiteral("sasl.username=") + user});
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
            // The member's own secret goes to the vault, never on a command line.
            r = cli(user, {QStringLiteral("vault"), QStringLiteral("cluster-secret"), QStringLiteral("set"), QStringLiteral("home"),
                           QStringLiteral("--secret-env"), QStringLiteral("HOME_SECRET")});
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
            r = cli(user, {QStringLiteral("app"), QStringLiteral("add"), m_app, QStringLiteral("--team"), QStringLiteral("billing")});
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        }
    }

    void singleUserModeStaysWithoutAWorkspace()
    {
        const auto r = cli(QStringLiteral("carol"), {QStringLiteral("workspace"), QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.out.contains("single-user mode"), qPrintable(text(r)));
    }

    void aliceCreatesAndEnrolls()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        auto r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("create"), m_workspace,
                                               QStringLiteral("--cluster"), QStringLiteral("home")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        const WorkspaceLayout layout(m_workspace);
        QVERIFY2(r.out.contains(layout.stateTopic().toUtf8()), qPrintable(text(r)));

        // The topics as documented.
        auto admin = AdminClient::create(broker.plaintextConfig());
        QVERIFY(admin);
        auto configs = (*admin)->describeTopicConfigs({layout.stateTopic()});
        QVERIFY2(configs, qPrintable(configs.error()));
        QString policy;
        for (const ConfigEntry &e : configs->value(layout.stateTopic()))
            if (e.name == QLatin1String("cleanup.policy"))
                policy = e.value;
        QCOMPARE(policy, QStringLiteral("compact"));
        auto meta = (*admin)->metadata({layout.stateTopic()});
        QVERIFY(meta && meta->topics.size() == 1);
        QCOMPARE(meta->topics.first().partitions.size(), 1);

        // Before enrollment the broker lets bob read nothing, and joining says what to do.
        r = cli(QStringLiteral("bob"), {QStringLiteral("workspace"), QStringLiteral("join"), m_workspace, QStringLiteral("--cluster"),
                                        QStringLiteral("home")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("you are not authorized to read it") && r.err.contains("workspace enroll User:bob --role developer"),
                 qPrintable(text(r)));
        r = cli(QStringLiteral("bob"), {QStringLiteral("workspace"), QStringLiteral("status")});
        QVERIFY2(r.out.contains("single-user mode"), qPrintable(text(r)));

        for (const QString &user : {QStringLiteral("bob"), QStringLiteral("carol")}) {
            r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("enroll"), QStringLiteral("User:") + user,
                                              QStringLiteral("--role"), QStringLiteral("developer")});
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        }
        // Exactly the developer's ACLs: read the workspace, write the own request topic.
        auto acls = (*admin)->describeAcls();
        QVERIFY2(acls, qPrintable(acls.error()));
        QStringList bobs;
        for (const AclBinding &a : *acls)
            if (a.principal == QLatin1String("User:bob") && a.resourceName.startsWith(layout.prefix()))
                bobs << QStringLiteral("%1 %2 %3").arg(a.operation, a.patternType, a.resourceName);
        bobs.sort();
        QCOMPARE(bobs, (QStringList{QStringLiteral("DESCRIBE PREFIXED ") + layout.prefix(),
                                    QStringLiteral("READ PREFIXED ") + layout.prefix(),
                                    QStringLiteral("WRITE LITERAL ") + layout.requestTopic(QStringLiteral("User:bob"))}));

        for (const QString &user : {QStringLiteral("bob"), QStringLiteral("carol")}) {
            // ACLs reach the authorizer through the metadata log a moment later.
            for (int attempt = 0; attempt < 20; ++attempt) {
                r = cli(user, {QStringLiteral("workspace"), QStringLiteral("join"), m_workspace, QStringLiteral("--cluster"),
                               QStringLiteral("home")});
                if (r.exitCode == 0)
                    break;
                QTest::qWait(500);
            }
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
            QVERIFY2(r.out.contains("(developer)"), qPrintable(text(r)));
        }
        r = cli(QStringLiteral("bob"), {QStringLiteral("workspace"), QStringLiteral("members"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        const QJsonArray members = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(members.size(), 3);
        QStringList roles;
        for (const QJsonValue &m : members)
            roles << m.toObject().value(QLatin1String("principal")).toString() + QLatin1Char('=')
                    + m.toObject().value(QLatin1String("role")).toString();
        QCOMPARE(roles, (QStringList{QStringLiteral("User:alice=platform"), QStringLiteral("User:bob=developer"),
                                     QStringLiteral("User:carol=developer")}));
    }

    void bobsRequestReachesAliceAndHerDecisionReachesBob()
    {
        Test::CliRun filed;
        m_bobRequest = fileRequest(QStringLiteral("bob"), m_app, m_topic, &filed);
        QVERIFY2(filed.exitCode == 0 && !m_bobRequest.isEmpty(), qPrintable(text(filed)));
        QVERIFY2(filed.out.contains("in workspace"), qPrintable(text(filed)));

        auto r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QJsonObject seen = find(requestsOf(QStringLiteral("alice")), m_bobRequest);
        QVERIFY2(!seen.isEmpty(), "bob's request did not reach alice");
        QCOMPARE(seen.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        // The broker vouches for the author: the topic it came on, not the desktop's user name.
        QCOMPARE(seen.value(QLatin1String("author")).toString(), QStringLiteral("bob"));

        r = cli(QStringLiteral("alice"), {QStringLiteral("approve"), m_bobRequest.left(8), QStringLiteral("--comment"),
                                          QStringLiteral("ok for the invoice run"), QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QCOMPARE(find(requestsOf(QStringLiteral("alice")), m_bobRequest).value(QLatin1String("state")).toString(),
                 QStringLiteral("approved"));

        r = cli(QStringLiteral("bob"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        seen = find(requestsOf(QStringLiteral("bob")), m_bobRequest);
        QCOMPARE(seen.value(QLatin1String("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(seen.value(QLatin1String("reason")).toString(), QStringLiteral("ok for the invoice run"));
        QCOMPARE(seen.value(QLatin1String("decided_by")).toString(), QStringLiteral("alice"));
        // carol, another member, sees the same.
        r = cli(QStringLiteral("carol"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QCOMPARE(find(requestsOf(QStringLiteral("carol")), m_bobRequest).value(QLatin1String("state")).toString(),
                 QStringLiteral("approved"));
    }

    // Two platform members decide the same request at once: the first decision in the log
    // stands everywhere, and the one whose decision lost is told so.
    void theFirstDecisionInTheLogStands()
    {
        // admin (the broker's super user) joins as a second platform member.
        auto r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("enroll"), QStringLiteral("User:admin"),
                                               QStringLiteral("--role"), QStringLiteral("platform")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        r = cli(QStringLiteral("admin"), {QStringLiteral("workspace"), QStringLiteral("join"), m_workspace, QStringLiteral("--cluster"),
                                          QStringLiteral("home")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.out.contains("(platform)"), qPrintable(text(r)));

        const QString contested = fileRequest(QStringLiteral("bob"), m_app, Test::uniqueName(QStringLiteral("contested")));
        QVERIFY(!contested.isEmpty());
        for (const QString &platform : {QStringLiteral("alice"), QStringLiteral("admin")}) {
            r = cli(platform, {QStringLiteral("workspace"), QStringLiteral("sync")});
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
            QCOMPARE(find(requestsOf(platform), contested).value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        }
        r = cli(QStringLiteral("admin"), {QStringLiteral("decline"), contested.left(8), QStringLiteral("--reason"),
                                          QStringLiteral("no capacity this quarter")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        // alice has not synced since: her catalog still shows it pending, her approval goes to
        // the log after admin's decline, and she is told that admin's stands.
        r = cli(QStringLiteral("alice"), {QStringLiteral("approve"), contested.left(8), QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("admin had declined request " + contested.left(8).toUtf8() + " before your decision reached the log"),
                 qPrintable(text(r)));
        for (const QString &member : {QStringLiteral("alice"), QStringLiteral("admin"), QStringLiteral("bob")}) {
            r = cli(member, {QStringLiteral("workspace"), QStringLiteral("sync")});
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
            const QJsonObject seen = find(requestsOf(member), contested);
            QCOMPARE(seen.value(QLatin1String("state")).toString(), QStringLiteral("declined"));
            QCOMPARE(seen.value(QLatin1String("decided_by")).toString(), QStringLiteral("admin"));
            QCOMPARE(seen.value(QLatin1String("reason")).toString(), QStringLiteral("no capacity this quarter"));
        }
    }

    // An edit of shared state (here: a member's role) made by two platform members at once:
    // the later write in the log stands everywhere, and the one whose edit it replaced is told.
    void theLaterEditWinsAndTheLoserIsTold()
    {
        const QString dave = QStringLiteral("User:") + Test::uniqueName(QStringLiteral("dave"));
        auto r = cli(QStringLiteral("admin"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("enroll"), dave, QStringLiteral("--role"),
                                          QStringLiteral("developer")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        // admin has not seen alice's enrollment (based on no version) and writes after her.
        r = cli(QStringLiteral("admin"), {QStringLiteral("workspace"), QStringLiteral("enroll"), dave, QStringLiteral("--role"),
                                          QStringLiteral("platform")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(!r.err.contains("replaced:"), qPrintable(text(r)));
        r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.err.contains("replaced: Your enrollment of " + dave.toUtf8() + " as developer was replaced by a later change"),
                 qPrintable(text(r)));
        for (const QString &member : {QStringLiteral("alice"), QStringLiteral("admin"), QStringLiteral("carol")}) {
            if (member == QLatin1String("carol"))
                QCOMPARE(cli(member, {QStringLiteral("workspace"), QStringLiteral("sync")}).exitCode, 0);
            r = cli(member, {QStringLiteral("workspace"), QStringLiteral("members"), QStringLiteral("--json")});
            QString role;
            for (const QJsonValue &m : QJsonDocument::fromJson(r.out).array())
                if (m.toObject().value(QLatin1String("principal")).toString() == dave)
                    role = m.toObject().value(QLatin1String("role")).toString();
            QCOMPARE(role, QStringLiteral("platform"));
        }

        // Enrolled again as a developer, dave keeps exactly a developer's ACLs.
        r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("enroll"), dave, QStringLiteral("--role"),
                                          QStringLiteral("developer")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        const auto broker = Test::TestBroker::fromEnvironment();
        auto admin = AdminClient::create(broker->plaintextConfig());
        QVERIFY(admin);
        auto acls = (*admin)->describeAcls();
        QVERIFY2(acls, qPrintable(acls.error()));
        const WorkspaceLayout layout(m_workspace);
        QStringList daves;
        for (const AclBinding &a : *acls)
            if (a.principal == dave)
                daves << QStringLiteral("%1 %2 %3").arg(a.operation, a.patternType, a.resourceName);
        daves.sort();
        QCOMPARE(daves, (QStringList{QStringLiteral("DESCRIBE PREFIXED ") + layout.prefix(),
                                     QStringLiteral("READ PREFIXED ") + layout.prefix(),
                                     QStringLiteral("WRITE LITERAL ") + layout.requestTopic(dave)}));
    }

    void theBrokerStopsBob()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        const QString topic = Test::uniqueName(QStringLiteral("ledger"));
        const QString second = fileRequest(QStringLiteral("bob"), m_app, topic);
        QVERIFY(!second.isEmpty());
        // The role setting of bob's own catalog is no boundary: he may set it...
        auto r = cli(QStringLiteral("bob"), {QStringLiteral("role"), QStringLiteral("set"), QStringLiteral("platform-engineer")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        // ...but the broker refuses his decision, and he is told so in plain words.
        r = cli(QStringLiteral("bob"), {QStringLiteral("approve"), second.left(8), QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("The broker refused it: User:bob may not write the shared state"), qPrintable(text(r)));
        QCOMPARE(find(requestsOf(QStringLiteral("bob")), second).value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QCOMPARE(find(requestsOf(QStringLiteral("alice")), second).value(QLatin1String("state")).toString(), QStringLiteral("pending"));

        // Enrolling (writing ACLs and the state) is not his either.
        r = cli(QStringLiteral("bob"), {QStringLiteral("workspace"), QStringLiteral("enroll"), QStringLiteral("User:carol"),
                                        QStringLiteral("--role"), QStringLiteral("platform")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not authorized") || r.err.contains("refused"), qPrintable(text(r)));

        // Filing as carol means writing carol's request topic: the wire says no.
        const WorkspaceLayout layout(m_workspace);
        auto producer = Producer::create(broker.saslConfig(QStringLiteral("bob")));
        QVERIFY(producer);
        QVERIFY((*producer)->produce(layout.requestTopic(QStringLiteral("User:carol")), "request:x", "{}", 0));
        auto flushed = (*producer)->flush(10000);
        QVERIFY2(!flushed, "bob wrote on carol's request topic");
        QVERIFY2(flushed.error().contains(QLatin1String("authoriz"), Qt::CaseInsensitive), qPrintable(flushed.error()));
    }

    // Applications are shared state: a platform member's registration reaches every member,
    // a developer's is refused by the broker, and a removal travels the same way.
    void applicationsAreSharedByPlatformMembersOnly()
    {
        const QString shared = Test::uniqueName(QStringLiteral("shared-app"));
        auto r = cli(QStringLiteral("alice"), {QStringLiteral("app"), QStringLiteral("add"), shared, QStringLiteral("--team"),
                                               QStringLiteral("payments"), QStringLiteral("--principal"), QStringLiteral("home=User:payments-svc")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        auto appsOf = [&](const QString &user) {
            QMap<QString, QJsonObject> out;
            const auto list = cli(user, {QStringLiteral("app"), QStringLiteral("list"), QStringLiteral("--json")});
            for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
                out.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject());
            return out;
        };
        r = cli(QStringLiteral("carol"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        const QJsonObject seen = appsOf(QStringLiteral("carol")).value(shared);
        QCOMPARE(seen.value(QLatin1String("owner_team")).toString(), QStringLiteral("payments"));
        QCOMPARE(seen.value(QLatin1String("principals")).toObject().value(QLatin1String("home")).toString(),
                 QStringLiteral("User:payments-svc"));

        // bob's catalog says platform engineer (set above); the broker says developer.
        const QString evil = Test::uniqueName(QStringLiteral("evil-app"));
        r = cli(QStringLiteral("bob"), {QStringLiteral("app"), QStringLiteral("add"), evil});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("The broker refused it: User:bob may not write the shared state"), qPrintable(text(r)));
        QVERIFY(!appsOf(QStringLiteral("bob")).contains(evil));
        QCOMPARE(cli(QStringLiteral("carol"), {QStringLiteral("workspace"), QStringLiteral("sync")}).exitCode, 0);
        QVERIFY(!appsOf(QStringLiteral("carol")).contains(evil));

        r = cli(QStringLiteral("alice"), {QStringLiteral("app"), QStringLiteral("remove"), shared});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        r = cli(QStringLiteral("carol"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0 && !r.err.contains("ignored"), qPrintable(text(r)));
        QVERIFY2(!appsOf(QStringLiteral("carol")).contains(shared), qPrintable(text(r)));
        QVERIFY(!appsOf(QStringLiteral("alice")).contains(shared));
    }

    void forgedRecordsAreIgnoredAndReported()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        const WorkspaceLayout layout(m_workspace);
        const QString bobsTopic = layout.requestTopic(QStringLiteral("User:bob"));
        const QString pending = fileRequest(QStringLiteral("bob"), m_app, Test::uniqueName(QStringLiteral("audit")));
        QVERIFY(!pending.isEmpty());
        const QString forgedId = QStringLiteral("6f1d2f3e-1111-4c4c-9a9a-0123456789ab");
        const QByteArray at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        // bob may produce on his own topic, so he can put anything there: a decision approving
        // his own request, garbage, an unknown kind, and a request that claims carol wrote it.
        auto producer = Producer::create(broker.saslConfig(QStringLiteral("bob")));
        QVERIFY(producer);
        QVERIFY((*producer)->produce(bobsTopic, "decision:" + pending.toUtf8(),
                                     "{\"format\":1,\"kind\":\"decision\",\"id\":\"" + pending.toUtf8() + "\",\"at\":\"" + at
                                         + "\",\"base\":-1,\"data\":{\"state\":\"approved\",\"reason\":\"self\",\"by\":\"alice\"}}",
                                     0));
        QVERIFY((*producer)->produce(bobsTopic, "request:" + forgedId.toUtf8(), "not json at all", 0));
        QVERIFY((*producer)->produce(bobsTopic, "grant:1", "{}", 0));
        QVERIFY((*producer)->produce(bobsTopic, "request:" + forgedId.toUtf8(),
                                     "{\"format\":1,\"kind\":\"request\",\"id\":\"" + forgedId.toUtf8() + "\",\"at\":\"" + at
                                         + "\",\"base\":-1,\"author\":\"carol\",\"data\":{\"application\":\"" + m_app.toUtf8()
                                         + "\",\"channel\":\"kafka://ws.example.com/forged\",\"intent\":\"consume\"}}",
                                     0));
        QVERIFY((*producer)->flush(10000));

        auto r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(err.count(QLatin1String("ignored: ") + bobsTopic), 3);
        QVERIFY2(err.contains(QLatin1String("a decision record cannot come from a request topic")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("not a JSON object")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("unknown kind \"grant\"")), qPrintable(err));
        const QJsonArray requests = requestsOf(QStringLiteral("alice"));
        QCOMPARE(find(requests, pending).value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        // The well-formed one counts as bob's, whatever it claims.
        QCOMPARE(find(requests, forgedId).value(QLatin1String("author")).toString(), QStringLiteral("bob"));

        r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        int fromBob = 0;   // (alice's own late decision of the contested request is there too)
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QLatin1String("ignored")).toArray())
            fromBob += v.toObject().value(QLatin1String("topic")).toString() == bobsTopic ? 1 : 0;
        QCOMPARE(fromBob, 3);
    }

    void anOfflineRequestWaitsInTheOutbox()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        // carol's cluster goes away (a closed port: nothing answers).
        QVERIFY(setBootstrap(QStringLiteral("carol"), QStringLiteral("127.0.0.1:1")));
        Test::CliRun filed;
        const QString offline = fileRequest(QStringLiteral("carol"), m_app, Test::uniqueName(QStringLiteral("offline")), &filed);
        QVERIFY2(filed.exitCode == 0 && !offline.isEmpty(), qPrintable(text(filed)));
        QVERIFY2(filed.out.contains("waits in the outbox"), qPrintable(text(filed)));
        auto r = cli(QStringLiteral("carol"), {QStringLiteral("workspace"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("outbox")).toArray().size(), 1);

        // Back online: the outbox goes out, and alice sees carol's request.
        QVERIFY(setBootstrap(QStringLiteral("carol"), broker.saslBootstrap()));
        r = cli(QStringLiteral("carol"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.out.contains("sent 1"), qPrintable(text(r)));
        r = cli(QStringLiteral("carol"), {QStringLiteral("workspace"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("outbox")).toArray().size(), 0);
        r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        const QJsonObject seen = find(requestsOf(QStringLiteral("alice")), offline);
        QCOMPARE(seen.value(QLatin1String("author")).toString(), QStringLiteral("carol"));
        QCOMPARE(seen.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
    }

    // bob withdraws his own request: it goes to his topic, a platform member's sync relays it
    // to the state topic, and every member sees it withdrawn. Someone else's request he cannot
    // withdraw: the CLI refuses, and a withdrawal he forges on his own topic is ignored.
    void aMemberWithdrawsOnlyTheirOwnRequests()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        const QString mine = fileRequest(QStringLiteral("bob"), m_app, Test::uniqueName(QStringLiteral("withdrawn")));
        QVERIFY(!mine.isEmpty());
        const QString carols = fileRequest(QStringLiteral("carol"), m_app, Test::uniqueName(QStringLiteral("carols")));
        QVERIFY(!carols.isEmpty());
        auto r = cli(QStringLiteral("bob"), {QStringLiteral("withdraw"), mine.left(8)});
        QVERIFY2(r.exitCode == 0 && r.out.contains("takes effect when a platform member"), qPrintable(text(r)));
        r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        for (const QString &member : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}) {
            if (member != QLatin1String("alice"))
                QCOMPARE(cli(member, {QStringLiteral("workspace"), QStringLiteral("sync")}).exitCode, 0);
            const QJsonObject seen = find(requestsOf(member), mine);
            QCOMPARE(seen.value(QLatin1String("state")).toString(), QStringLiteral("withdrawn"));
            QCOMPARE(seen.value(QLatin1String("decided_by")).toString(), QStringLiteral("bob"));
        }

        r = cli(QStringLiteral("bob"), {QStringLiteral("withdraw"), carols.left(8)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("only its author withdraws it"), qPrintable(text(r)));
        const WorkspaceLayout layout(m_workspace);
        auto producer = Producer::create(broker.saslConfig(QStringLiteral("bob")));
        QVERIFY(producer);
        const QByteArray at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        QVERIFY((*producer)->produce(layout.requestTopic(QStringLiteral("User:bob")), "withdrawal:" + carols.toUtf8(),
                                     "{\"format\":1,\"kind\":\"withdrawal\",\"id\":\"" + carols.toUtf8() + "\",\"at\":\"" + at
                                         + "\",\"base\":-1,\"data\":{}}",
                                     0));
        QVERIFY((*producer)->flush(10000));
        r = cli(QStringLiteral("alice"), {QStringLiteral("workspace"), QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.err.contains("bob withdrew request " + carols.toUtf8() + ", which they did not file"), qPrintable(text(r)));
        QCOMPARE(find(requestsOf(QStringLiteral("alice")), carols).value(QLatin1String("state")).toString(), QStringLiteral("pending"));
    }

    void noSecretInAnyOutput()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}) {
            const auto r = cli(user, {QStringLiteral("workspace"), QStringLiteral("status")});
            QVERIFY(!r.out.contains(broker.password(user).toUtf8()));
            QVERIFY(!r.err.contains(broker.password(user).toUtf8()));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceE2E)
#include "tst_workspace_e2e.moc"
