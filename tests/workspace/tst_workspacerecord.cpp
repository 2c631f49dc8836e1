// The workspace's record format and layout without a broker: what a well-formed record of each
// kind carries, round trips, and a table of hostile records, each refused with its reason;
// the ACLs of each role, exactly.

#include "workspace/WorkspaceLayout.h"
#include "workspace/WorkspaceRecord.h"

#include <QTest>

using namespace Switchboard;

class TestWorkspaceRecord : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestRoundTrip()
    {
        AccessRequest r;
        r.uuid = QStringLiteral("0b7a3c1e-5d2f-4e6a-8b9c-0d1e2f3a4b5c");
        r.application = QStringLiteral("billing");
        r.channel = QStringLiteral("kafka://example.com/invoices");
        r.intent = Intent::Consume;
        r.consumerGroup = QStringLiteral("billing-");
        r.groupIsPrefix = true;
        r.author = QStringLiteral("mallory");   // never written: the topic says who filed it
        const WorkspaceRecord record = WorkspaceRecord::request(r);
        QCOMPARE(record.key(), QByteArray("request:0b7a3c1e-5d2f-4e6a-8b9c-0d1e2f3a4b5c"));
        QVERIFY(!record.value().contains("mallory"));
        auto parsed = WorkspaceRecord::parse(record.key(), record.value(), false);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        auto back = parsed->toRequest(QStringLiteral("bob"));
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->author, QStringLiteral("bob"));
        QCOMPARE(back->application, r.application);
        QCOMPARE(back->channel, r.channel);
        QCOMPARE(back->intent, Intent::Consume);
        QCOMPARE(back->consumerGroup, r.consumerGroup);
        QVERIFY(back->groupIsPrefix);
    }

    void hostileRecordsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("reason");
        const QByteArray id = "0b7a3c1e-5d2f-4e6a-8b9c-0d1e2f3a4b5c";
        const QByteArray head = "{\"format\":1,\"kind\":\"request\",\"id\":\"" + id + "\",\"at\":\"2026-12-07T10:00:00.000Z\",\"base\":-1,";
        QTest::newRow("no key") << QByteArray() << QByteArray("{}") << QStringLiteral("the key is not");
        QTest::newRow("unknown kind") << QByteArray("grant:1") << QByteArray("{}") << QStringLiteral("unknown kind");
        QTest::newRow("not json") << QByteArray("request:" + id) << QByteArray("{nope") << QStringLiteral("not a JSON object");
        QTest::newRow("array") << QByteArray("request:" + id) << QByteArray("[1]") << QStringLiteral("not a JSON object");
        QTest::newRow("future format") << QByteArray("request:" + id)
                                       << QByteArray("{\"format\":2,\"kind\":\"request\",\"id\":\"" + id + "\"}")
                                       << QStringLiteral("unknown format");
        QTest::newRow("key and value disagree") << QByteArray("request:other") << QByteArray(head + "\"data\":{}}")
                                                << QStringLiteral("does not match");
        QTest::newRow("no time") << QByteArray("request:" + id)
                                 << QByteArray("{\"format\":1,\"kind\":\"request\",\"id\":\"" + id + "\",\"base\":-1,\"data\":{}}")
                                 << QStringLiteral("\"at\" is not a time");
        QTest::newRow("data not object") << QByteArray("request:" + id) << QByteArray(head + "\"data\":7}")
                                         << QStringLiteral("\"data\" is not an object");
        QTest::newRow("too large") << QByteArray("request:" + id) << QByteArray(WorkspaceRecord::kMaxBytes + 1, ' ')
                                   << QStringLiteral("larger than");
    }

    void hostileRecordsAreRefused()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, reason);
        auto parsed = WorkspaceRecord::parse(key, value, false);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
    }

    void hostileRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no application") << QByteArray("{\"channel\":\"kafka://a.b/c\",\"intent\":\"produce\"}")
                                        << QStringLiteral("\"application\" is missing");
        QTest::newRow("bad channel") << QByteArray("{\"application\":\"a\",\"channel\":\"http://x\",\"intent\":\"produce\"}")
                                     << QStringLiteral("kafka://");
        QTest::newRow("bad intent") << QByteArray("{\"application\":\"a\",\"channel\":\"kafka://a.b/c\",\"intent\":\"admin\"}")
                                    << QStringLiteral("produce or consume");
        QTest::newRow("number for text") << QByteArray("{\"application\":5,\"channel\":\"kafka://a.b/c\",\"intent\":\"produce\"}")
                                         << QStringLiteral("not a string");
    }

    void hostileRequestsAreRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, reason);
        const QByteArray id = "0b7a3c1e-5d2f-4e6a-8b9c-0d1e2f3a4b5c";
        const QByteArray value = "{\"format\":1,\"kind\":\"request\",\"id\":\"" + id
            + "\",\"at\":\"2026-12-07T10:00:00.000Z\",\"base\":-1,\"data\":" + data + "}";
        auto parsed = WorkspaceRecord::parse("request:" + id, value, false);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        auto request = parsed->toRequest(QStringLiteral("bob"));
        QVERIFY(!request);
        QVERIFY2(request.error().contains(reason, Qt::CaseInsensitive), qPrintable(request.error()));
    }

    void decisionsAndMembers()
    {
        const QString id = QStringLiteral("0b7a3c1e-5d2f-4e6a-8b9c-0d1e2f3a4b5c");
        const WorkspaceRecord d = WorkspaceRecord::decision(id, RequestState::Declined, QStringLiteral("not now"), QStringLiteral("alice"), 4);
        auto parsed = WorkspaceRecord::parse(d.key(), d.value(), false);
        QVERIFY(parsed);
        QCOMPARE(parsed->base, 4);
        auto decision = parsed->toDecision();
        QVERIFY(decision);
        QCOMPARE(decision->state, RequestState::Declined);
        QCOMPARE(decision->reason, QStringLiteral("not now"));
        // A relayed withdrawal is one; "pending" is no decision.
        WorkspaceRecord w = d;
        w.data.insert(QStringLiteral("state"), QStringLiteral("withdrawn"));
        QCOMPARE(WorkspaceRecord::parse(w.key(), w.value(), false)->toDecision()->state, RequestState::Withdrawn);
        w.data.insert(QStringLiteral("state"), QStringLiteral("pending"));
        QVERIFY(!WorkspaceRecord::parse(w.key(), w.value(), false)->toDecision());
        const WorkspaceRecord withdrawal = WorkspaceRecord::withdrawal(id);
        QCOMPARE(withdrawal.key(), ("withdrawal:" + id).toUtf8());
        QVERIFY(WorkspaceRecord::parse(withdrawal.key(), withdrawal.value(), false));

        const WorkspaceRecord m = WorkspaceRecord::member(QStringLiteral("User:bob"), WorkspaceRole::Developer, QStringLiteral("alice"), -1);
        auto member = WorkspaceRecord::parse(m.key(), m.value(), false)->toMember();
        QVERIFY(member);
        QCOMPARE(member->role, WorkspaceRole::Developer);
        auto gone = WorkspaceRecord::parse(m.key(), {}, true);
        QVERIFY(gone && gone->tombstone);
        QVERIFY(gone->toMember());
        const WorkspaceRecord slash = WorkspaceRecord::member(QStringLiteral("User:a/b"), WorkspaceRole::Platform, QStringLiteral("alice"), -1);
        auto parsedSlash = WorkspaceRecord::parse(slash.key(), slash.value(), false);
        QVERIFY(parsedSlash);
        QVERIFY(!parsedSlash->toMember());   // cannot name a request topic
    }

    void layoutAndAcls()
    {
        QVERIFY(WorkspaceLayout::validateName(QStringLiteral("team-1")));
        QVERIFY(!WorkspaceLayout::validateName(QStringLiteral("Team")));
        QVERIFY(!WorkspaceLayout::validateName(QStringLiteral("a.b")));
        QCOMPARE(*WorkspaceLayout::principal(QStringLiteral("bob")), QStringLiteral("User:bob"));
        QVERIFY(!WorkspaceLayout::principal(QStringLiteral("User:bob/../x")));
        const WorkspaceLayout layout(QStringLiteral("team"));
        QCOMPARE(layout.stateTopic(), QStringLiteral("switchboard.team.state"));
        QCOMPARE(layout.requestTopic(QStringLiteral("User:bob")), QStringLiteral("switchboard.team.requests.bob"));
        QCOMPARE(layout.requestTopicOwner(QStringLiteral("switchboard.team.requests.bob")), QStringLiteral("User:bob"));
        QCOMPARE(layout.requestTopicOwner(QStringLiteral("switchboard.team.state")), QString());
        QCOMPARE(layout.stateTopicSpec(3).configs.value(QStringLiteral("cleanup.policy")), QStringLiteral("compact"));
        QCOMPARE(layout.stateTopicSpec(3).partitions, 1);

        auto describe = [](const QList<AclBinding> &acls) {
            QStringList out;
            for (const AclBinding &a : acls)
                out << QStringLiteral("%1 %2 %3").arg(a.operation, a.patternType, a.resourceName);
            out.sort();
            return out;
        };
        QCOMPARE(describe(layout.aclsFor(QStringLiteral("User:bob"), WorkspaceRole::Developer)),
                 (QStringList{QStringLiteral("DESCRIBE PREFIXED switchboard.team."), QStringLiteral("READ PREFIXED switchboard.team."),
                              QStringLiteral("WRITE LITERAL switchboard.team.requests.bob")}));
        QCOMPARE(describe(layout.aclsFor(QStringLiteral("User:alice"), WorkspaceRole::Platform)),
                 (QStringList{QStringLiteral("CREATE PREFIXED switchboard.team.requests."),
                              QStringLiteral("DESCRIBE PREFIXED switchboard.team."), QStringLiteral("READ PREFIXED switchboard.team."),
                              QStringLiteral("WRITE LITERAL switchboard.team.requests.alice"),
                              QStringLiteral("WRITE LITERAL switchboard.team.state")}));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceRecord)
#include "tst_workspacerecord.moc"
