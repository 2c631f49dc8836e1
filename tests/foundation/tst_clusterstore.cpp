// Registering clusters: validation names the bad part, names are unique, changes are audited.

#include "TempCatalog.h"
#include "VerifyResult.h"
#include "audit/AuditLog.h"
#include "clusters/ClusterStore.h"

#include <QTest>

using namespace Switchboard;

class TestClusterStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("bootstrap");
        QTest::addColumn<QString>("property");   // KEY=VALUE or empty
        QTest::addColumn<QString>("errorPart");  // empty: valid

        QTest::newRow("plain") << "prod-eu" << "broker1:9092,broker2:9092" << "" << "";
        QTest::newRow("ipv6") << "v6" << "[::1]:9092" << "" << "";
        QTest::newRow("with protocol property") << "sasl" << "b:9093" << "security.protocol=SASL_SSL" << "";
        QTest::newRow("no port") << "a" << "broker1" << "" << "broker1";
        QTest::newRow("empty entry") << "a" << "b:1,,c:2" << "" << "empty entry";
        QTest::newRow("port out of range") << "a" << "b:70000" << "" << "70000";
        QTest::newRow("empty bootstrap") << "a" << "" << "" << "empty";
        QTest::newRow("space in host") << "a" << "my host:9092" << "" << "my host:9092";
        QTest::newRow("bad name") << "has space" << "b:9092" << "" << "has space";
        QTest::newRow("unknown property") << "a" << "b:9092" << "no.such.property=1" << "no.such.property";
        QTest::newRow("bad value") << "a" << "b:9092" << "security.protocol=CARRIER_PIGEON" << "security.protocol";
        QTest::newRow("secret refused") << "a" << "b:9092" << "sasl.password=hunter2" << "vault";
        QTest::newRow("bootstrap as property") << "a" << "b:9092" << "bootstrap.servers=x:1" << "bootstrap.servers";
    }

    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, bootstrap);
        QFETCH(QString, property);
        QFETCH(QString, errorPart);
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        Cluster c;
        c.name = name;
        c.bootstrapServers = bootstrap;
        if (!property.isEmpty())
            c.properties.insert(property.section(QLatin1Char('='), 0, 0), property.section(QLatin1Char('='), 1));
        auto added = ClusterStore(catalog.db()).add(c);
        if (errorPart.isEmpty()) {
            QVERIFY_RESULT(added);
            QVERIFY(added->id > 0);
        } else {
            QVERIFY(!added);
            QVERIFY2(added.error().contains(errorPart), qPrintable(added.error()));
            QVERIFY2(!added.error().contains(QLatin1String("hunter2")), "a secret value reached an error message");
            auto all = ClusterStore(catalog.db()).list();
            QVERIFY(all);
            QVERIFY(all->isEmpty());
        }
    }

    void addListFindRemove()
    {
        Test::TempCatalog catalog;
        ClusterStore store(catalog.db());
        Cluster c;
        c.name = QStringLiteral("billing");
        c.environment = QStringLiteral("prod");
        c.bootstrapServers = QStringLiteral("k1:9092");
        c.labels.insert(QStringLiteral("region"), QStringLiteral("eu-west"));
        QVERIFY(store.add(c));
        auto dup = store.add(c);
        QVERIFY(!dup);
        QVERIFY(dup.error().contains(QLatin1String("already registered")));

        QVERIFY(catalog.reopen());
        ClusterStore reopened(catalog.db());
        auto found = reopened.find(QStringLiteral("billing"));
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->environment, QStringLiteral("prod"));
        QCOMPARE((*found)->labels.value(QStringLiteral("region")), QStringLiteral("eu-west"));

        QVERIFY(reopened.remove(QStringLiteral("billing")));
        QVERIFY(!reopened.remove(QStringLiteral("billing")));
        auto log = AuditLog(catalog.db()).entries(QStringLiteral("cluster:billing"));
        QVERIFY(log);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).action, QStringLiteral("cluster.remove"));
        QCOMPARE(log->at(1).action, QStringLiteral("cluster.add"));
    }
};

QTEST_GUILESS_MAIN(TestClusterStore)
#include "tst_clusterstore.moc"
