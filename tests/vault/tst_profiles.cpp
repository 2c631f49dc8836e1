// Config profiles: validation through librdkafka's parser (data-driven), Java-only properties
// and wrong-role properties as warnings, typed values, built-ins, copies and versioned history.

#include "TempCatalog.h"
#include "audit/AuditLog.h"
#include "kafka/ClientConfig.h"
#include "profiles/JavaOnlyProperties.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileValidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;

Q_DECLARE_METATYPE(QJsonValue)

class TestProfiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");   // "ok", "error", "warning"
        QTest::addColumn<QString>("mentions");   // what the message must name

        QTest::newRow("acks all") << "producer" << "acks" << QJsonValue(QStringLiteral("all")) << "ok" << "";
        QTest::newRow("idempotence") << "producer" << "enable.idempotence" << QJsonValue(true) << "ok" << "";
        QTest::newRow("linger number") << "producer" << "linger.ms" << QJsonValue(20) << "ok" << "";
        QTest::newRow("compression") << "producer" << "compression.type" << QJsonValue(QStringLiteral("zstd")) << "ok" << "";
        QTest::newRow("generic in consumer") << "consumer" << "client.id" << QJsonValue(QStringLiteral("x")) << "ok" << "";
        QTest::newRow("read committed") << "consumer" << "isolation.level" << QJsonValue(QStringLiteral("read_committed")) << "ok" << "";
        QTest::newRow("auto commit off") << "consumer" << "enable.auto.commit" << QJsonValue(false) << "ok" << "";

        QTest::newRow("unknown name") << "producer" << "acks.please" << QJsonValue(1) << "error" << "acks.please";
        QTest::newRow("bad enum") << "producer" << "compression.type" << QJsonValue(QStringLiteral("rar")) << "error" << "compression.type";
        QTest::newRow("out of range") << "producer" << "linger.ms" << QJsonValue(-5) << "error" << "linger.ms";
        QTest::newRow("bool for int") << "consumer" << "fetch.min.bytes" << QJsonValue(true) << "error" << "fetch.min.bytes";
        QTest::newRow("bad isolation") << "consumer" << "isolation.level" << QJsonValue(QStringLiteral("dirty")) << "error" << "isolation.level";
        QTest::newRow("secret") << "producer" << "ssl.key.password" << QJsonValue(QStringLiteral("hunter2")) << "error" << "vault";
        QTest::newRow("credential") << "producer" << "sasl.username" << QJsonValue(QStringLiteral("u")) << "error" << "credentials";
        QTest::newRow("bootstrap") << "producer" << "bootstrap.servers" << QJsonValue(QStringLiteral("a:1")) << "error" << "bootstrap";
        QTest::newRow("object value") << "producer" << "acks" << QJsonValue(QJsonObject{}) << "error" << "acks";

        QTest::newRow("java only producer") << "producer" << "buffer.memory" << QJsonValue(33554432) << "warning" << "Java";
        QTest::newRow("java only consumer") << "consumer" << "max.poll.records" << QJsonValue(500) << "warning" << "Java";
        QTest::newRow("producer prop in consumer") << "consumer" << "linger.ms" << QJsonValue(5) << "warning" << "producer setting";
        QTest::newRow("consumer prop in producer") << "producer" << "isolation.level" << QJsonValue(QStringLiteral("read_committed")) << "warning" << "consumer setting";
        QTest::newRow("java consumer prop in producer") << "producer" << "max.poll.records" << QJsonValue(5) << "warning" << "consumer setting";
    }

    void validation()
    {
        QFETCH(QString, role);
        QFETCH(QString, property);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QFETCH(QString, mentions);
        const auto issues = ProfileValidator::validateProperty(*Profile::roleFromString(role), property, value);
        QStringList messages;
        for (const ProfileIssue &i : issues)
            messages.append(i.message);
        const QString all = messages.join(QLatin1String(" | "));
        if (expected == QLatin1String("ok")) {
            QVERIFY2(issues.isEmpty(), qPrintable(all));
        } else if (expected == QLatin1String("error")) {
            QVERIFY2(ProfileValidator::hasErrors(issues), qPrintable(all));
            QVERIFY2(all.contains(property) || property.isEmpty(), qPrintable(all));
        } else {
            QVERIFY2(!issues.isEmpty() && !ProfileValidator::hasErrors(issues), qPrintable(all));
        }
        if (!mentions.isEmpty())
            QVERIFY2(all.contains(mentions), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("hunter2")), "a secret value reached a message");
    }

    void librdkafkaReasonIsKept()
    {
        const auto issues = ProfileValidator::validateProperty(ProfileRole::Producer, QStringLiteral("compression.type"),
                                                               QStringLiteral("rar"));
        QCOMPARE(issues.size(), 1);
        // librdkafka's own words: "Invalid value "rar" for configuration property "compression.codec"".
        QVERIFY2(issues.first().message.contains(QLatin1String("Invalid value")), qPrintable(issues.first().message));
    }

    void typedValues_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("typed");
        QTest::newRow("int") << "batch.size" << "16384" << QJsonValue(16384);
        QTest::newRow("float") << "linger.ms" << "0.5" << QJsonValue(0.5);
        QTest::newRow("bool") << "enable.idempotence" << "true" << QJsonValue(true);
        QTest::newRow("enum") << "compression.type" << "lz4" << QJsonValue(QStringLiteral("lz4"));
        QTest::newRow("acks stays a string (Java types it so)") << "acks" << "1" << QJsonValue(QStringLiteral("1"));
        QTest::newRow("java int") << "max.poll.records" << "500" << QJsonValue(500);
        QTest::newRow("unknown stays text") << "no.such" << "12" << QJsonValue(QStringLiteral("12"));
    }

    void typedValues()
    {
        QFETCH(QString, property);
        QFETCH(QString, text);
        QFETCH(QJsonValue, typed);
        QCOMPARE(ProfileValidator::typedValue(property, text), typed);
        QCOMPARE(Profile::valueToString(typed), text);
    }

    void javaOnlyListIsUnknownToLibrdkafka()
    {
        for (const JavaOnlyProperty &p : JavaOnlyProperties::all()) {
            const QString name = QString::fromLatin1(p.name);
            QVERIFY2(!ProfileValidator::librdkafkaInfo(name), qPrintable(name + QStringLiteral(" is known to librdkafka")));
            auto st = ClientConfig::validateProperty(name, QStringLiteral("1"));
            QVERIFY2(!st && st.error().contains(QLatin1String("not a Kafka client property")), qPrintable(name));
        }
    }

    void builtinsAreCleanAndExplained()
    {
        const QStringList expected{QStringLiteral("durableWrite"), QStringLiteral("highThroughputProducer"),
                                   QStringLiteral("lowLatencyProducer"), QStringLiteral("highThroughputConsumer"),
                                   QStringLiteral("safeConsumer")};
        QStringList names;
        for (const Profile &p : ProfileStore::builtins()) {
            names.append(p.name);
            const auto issues = ProfileValidator::validate(p);
            QStringList messages;
            for (const ProfileIssue &i : issues)
                messages.append(i.message);
            QVERIFY2(issues.isEmpty(), qPrintable(p.name + QStringLiteral(": ") + messages.join(QLatin1String("; "))));
            QVERIFY(!p.description.isEmpty());
            for (auto it = p.properties.begin(); it != p.properties.end(); ++it)
                QVERIFY2(!p.reason(it.key()).isEmpty(), qPrintable(p.name + QLatin1Char('.') + it.key()));
        }
        QCOMPARE(names, expected);
        const Profile durable = *ProfileStore::builtin(QStringLiteral("durableWrite"));
        QCOMPARE(durable.properties.value(QStringLiteral("acks")), QJsonValue(QStringLiteral("all")));
        QCOMPARE(durable.properties.value(QStringLiteral("enable.idempotence")), QJsonValue(true));
        const Profile safe = *ProfileStore::builtin(QStringLiteral("safeConsumer"));
        QCOMPARE(safe.role, ProfileRole::Consumer);
        QCOMPARE(safe.properties.value(QStringLiteral("isolation.level")), QJsonValue(QStringLiteral("read_committed")));
        QCOMPARE(safe.properties.value(QStringLiteral("enable.auto.commit")), QJsonValue(false));
    }

    void customProfilesAreVersioned()
    {
        Test::TempCatalog catalog;
        ProfileStore store(catalog.db());
        Profile p;
        p.name = QStringLiteral("ordersProducer");
        p.role = ProfileRole::Producer;
        p.description = QStringLiteral("Orders");
        p.properties.insert(QStringLiteral("linger.ms"), 10);
        p.reasons.insert(QStringLiteral("linger.ms"), QStringLiteral("small batches"));
        auto added = store.add(p, QStringLiteral("erin"));
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->version, 1);

        auto bad = p;
        bad.name = QStringLiteral("broken");
        bad.properties.insert(QStringLiteral("compression.type"), QStringLiteral("rar"));
        auto refused = store.add(bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("compression.type")));
        QVERIFY(!store.find(QStringLiteral("broken"))->has_value());

        QVERIFY(!store.add(p));   // name taken
        auto shadow = p;
        shadow.name = QStringLiteral("durableWrite");
        QVERIFY(!store.add(shadow));   // built-in name

        p.properties.insert(QStringLiteral("linger.ms"), 25);
        p.properties.insert(QStringLiteral("compression.type"), QStringLiteral("zstd"));
        auto updated = store.update(p, QStringLiteral("frank"));
        QVERIFY2(updated, qPrintable(updated.error()));
        QCOMPARE(updated->version, 2);
        auto same = store.update(p, QStringLiteral("frank"));
        QVERIFY(same);
        QCOMPARE(same->version, 2);   // no change, no version

        QVERIFY(catalog.reopen());
        ProfileStore reopened(catalog.db());
        auto found = reopened.find(QStringLiteral("ordersProducer"));
        QVERIFY(found && found->has_value());
        // Types survive the catalog: a number stays a number.
        QCOMPARE((*found)->properties.value(QStringLiteral("linger.ms")), QJsonValue(25));
        QVERIFY((*found)->properties.value(QStringLiteral("linger.ms")).isDouble());

        auto history = reopened.history(QStringLiteral("ordersProducer"));
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).version, 2);
        QCOMPARE(history->at(0).actor, QStringLiteral("frank"));
        const QJsonObject diff = history->at(0).diff;
        QCOMPARE(diff.value(QStringLiteral("changed")).toObject().value(QStringLiteral("linger.ms")).toObject(),
                 (QJsonObject{{QStringLiteral("from"), 10}, {QStringLiteral("to"), 25}}));
        QCOMPARE(diff.value(QStringLiteral("added")).toObject().value(QStringLiteral("compression.type")),
                 QJsonValue(QStringLiteral("zstd")));
        QCOMPARE(history->at(1).actor, QStringLiteral("erin"));
        auto log = AuditLog(catalog.db()).entries(QStringLiteral("profile:ordersProducer"));
        QVERIFY(log);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->first().action, QStringLiteral("profile.update"));

        QVERIFY(!reopened.update(*ProfileStore::builtin(QStringLiteral("durableWrite"))));
        QVERIFY(!reopened.remove(QStringLiteral("durableWrite")));
    }

    void copyBuiltin()
    {
        Test::TempCatalog catalog;
        ProfileStore store(catalog.db());
        auto copy = store.copy(QStringLiteral("durableWrite"), QStringLiteral("myDurable"));
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE(copy->copiedFrom, QStringLiteral("durableWrite"));
        QVERIFY(!copy->builtin);
        QCOMPARE(copy->properties, ProfileStore::builtin(QStringLiteral("durableWrite"))->properties);
        auto all = store.list();
        QVERIFY(all);
        QCOMPARE(all->size(), ProfileStore::builtins().size() + 1);
        QVERIFY(store.remove(QStringLiteral("myDurable")));
        QVERIFY(!store.copy(QStringLiteral("nope"), QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
