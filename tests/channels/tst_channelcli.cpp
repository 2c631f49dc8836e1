// The channel workflow through switchboard-cli as a script would drive it (--json): register,
// bind, write rules (a tie is refused), file a request, approve it (refused in the developer
// role), resolve, migrate, decline with a reason, and read the history back.

#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestChannelCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_catalog;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    Run cli(const QStringList &args)
    {
        Switchboard::Test::CliEnvironment env;
        env.set = {{QStringLiteral("SWITCHBOARD_CATALOG"), m_catalog}, {QStringLiteral("SWITCHBOARD_USER"), QStringLiteral("pat")}};
        const auto run = Switchboard::Test::runProcess(QStringLiteral(SWITCHBOARD_CLI), args, env, {}, 30000);
        return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
    }

#define CLI_OK(run)                                                                                            \
    do {                                                                                                       \
        const Run &r_ = (run);                                                                                 \
        QVERIFY2(r_.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r_.exitCode).arg(r_.err))); \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalog = m_dir.filePath(QStringLiteral("c.sqlite"));
    }

    void roundTrip()
    {
        const QString invoices = QStringLiteral("kafka://billing.example.com/invoices");
        CLI_OK(cli({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("prod-eu"), QStringLiteral("--bootstrap"),
                    QStringLiteral("eu1:9092"), QStringLiteral("--env"), QStringLiteral("prod")}));
        CLI_OK(cli({QStringLiteral("app"), QStringLiteral("add"), QStringLiteral("billing"), QStringLiteral("--team"),
                    QStringLiteral("payments"), QStringLiteral("--principal"), QStringLiteral("prod-eu=User:bob")}));
        const Run apps = cli({QStringLiteral("app"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_OK(apps);
        QCOMPARE(apps.json().array().first().toObject().value(QLatin1String("principals")).toObject().value(QLatin1String("prod-eu")).toString(),
                 QStringLiteral("User:bob"));

        // Unknown topic: refused, then forced with a warning.
        const Run refused = cli({QStringLiteral("channel"), QStringLiteral("bind"), invoices, QStringLiteral("--env"), QStringLiteral("prod"),
                                 QStringLiteral("--cluster"), QStringLiteral("prod-eu"), QStringLiteral("--topic"), QStringLiteral("invoices.v1")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("does not know a topic invoices.v1")), qPrintable(refused.err));
        const Run forced = cli({QStringLiteral("channel"), QStringLiteral("bind"), invoices, QStringLiteral("--env"), QStringLiteral("prod"),
                                QStringLiteral("--cluster"), QStringLiteral("prod-eu"), QStringLiteral("--topic"), QStringLiteral("invoices.v1"),
                                QStringLiteral("--force")});
        CLI_OK(forced);
        QVERIFY2(forced.err.contains(QLatin1String("warning:")), qPrintable(forced.err));

        CLI_OK(cli({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--env"), QStringLiteral("prod"), QStringLiteral("--host"),
                    QStringLiteral("example.org"), QStringLiteral("--path"), QStringLiteral("t1/*"), QStringLiteral("--topic"),
                    QStringLiteral("c1{1}"), QStringLiteral("--cluster"), QStringLiteral("prod-eu")}));
        const Run tie = cli({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--env"), QStringLiteral("prod"), QStringLiteral("--host"),
                             QStringLiteral("example.org"), QStringLiteral("--path"), QStringLiteral("*/x"), QStringLiteral("--topic"),
                             QStringLiteral("x"), QStringLiteral("--cluster"), QStringLiteral("prod-eu")});
        QCOMPARE(tie.exitCode, 1);
        QVERIFY2(tie.err.contains(QLatin1String("tie")), qPrintable(tie.err));
        QCOMPARE(cli({QStringLiteral("rule"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 1);

        // A developer files a request; approving needs the platform engineer role.
        CLI_OK(cli({QStringLiteral("role"), QStringLiteral("set"), QStringLiteral("developer")}));
        const Run filed = cli({QStringLiteral("request"), QStringLiteral("billing"), invoices, QStringLiteral("--intent"),
                               QStringLiteral("produce"), QStringLiteral("--justification"), QStringLiteral("send invoices"),
                               QStringLiteral("--json")});
        CLI_OK(filed);
        const QString id = filed.json().object().value(QLatin1String("id")).toString();
        QCOMPARE(id.size(), 36);
        QCOMPARE(filed.json().object().value(QLatin1String("author")).toString(), QStringLiteral("pat"));
        const Run pending = cli({QStringLiteral("requests"), QStringLiteral("--state"), QStringLiteral("pending"), QStringLiteral("--json")});
        CLI_OK(pending);
        QCOMPARE(pending.json().array().size(), 1);
        const Run notAllowed = cli({QStringLiteral("approve"), id.left(8)});
        QCOMPARE(notAllowed.exitCode, 1);
        QVERIFY2(notAllowed.err.contains(QLatin1String("platform engineer")), qPrintable(notAllowed.err));
        CLI_OK(cli({QStringLiteral("role"), QStringLiteral("set"), QStringLiteral("platform-engineer")}));

        // Before approval the resolver says why not; after, where.
        const Run before = cli({QStringLiteral("resolve"), QStringLiteral("billing"), invoices, QStringLiteral("--intent"),
                                QStringLiteral("produce"), QStringLiteral("--json")});
        QCOMPARE(before.exitCode, 1);
        QCOMPARE(before.json().object().value(QLatin1String("reason")).toString(), QStringLiteral("no_grant"));
        const Run approved = cli({QStringLiteral("approve"), id.left(8), QStringLiteral("--comment"), QStringLiteral("ok"), QStringLiteral("--json")});
        CLI_OK(approved);
        QCOMPARE(approved.json().object().value(QLatin1String("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(approved.json().object().value(QLatin1String("decided_by")).toString(), QStringLiteral("pat"));
        const Run after = cli({QStringLiteral("resolve"), QStringLiteral("billing"), QStringLiteral("KAFKA://Billing.Example.com/invoices"),
                               QStringLiteral("--intent"), QStringLiteral("produce"), QStringLiteral("--env"), QStringLiteral("prod"),
                               QStringLiteral("--json")});
        CLI_OK(after);
        QCOMPARE(after.json().object().value(QLatin1String("topic")).toString(), QStringLiteral("invoices.v1"));
        QCOMPARE(after.json().object().value(QLatin1String("bootstrap_servers")).toString(), QStringLiteral("eu1:9092"));
        QCOMPARE(after.json().object().value(QLatin1String("key")).toString(), QStringLiteral("invoices"));

        // Migration: the resolver follows at once, the history keeps old and new.
        CLI_OK(cli({QStringLiteral("channel"), QStringLiteral("rebind"), invoices, QStringLiteral("--env"), QStringLiteral("prod"),
                    QStringLiteral("--cluster"), QStringLiteral("prod-eu"), QStringLiteral("--topic"), QStringLiteral("invoices.v2"),
                    QStringLiteral("--force")}));
        QCOMPARE(cli({QStringLiteral("resolve"), QStringLiteral("billing"), invoices, QStringLiteral("--intent"), QStringLiteral("produce"),
                      QStringLiteral("--json")})
                     .json().object().value(QLatin1String("topic")).toString(),
                 QStringLiteral("invoices.v2"));
        const QJsonObject last = cli({QStringLiteral("channel"), QStringLiteral("history"), invoices, QStringLiteral("--json")})
                                     .json().array().first().toObject();
        QCOMPARE(last.value(QLatin1String("kind")).toString(), QStringLiteral("rebind"));
        QCOMPARE(last.value(QLatin1String("old_topic")).toString(), QStringLiteral("invoices.v1"));
        QCOMPARE(last.value(QLatin1String("new_topic")).toString(), QStringLiteral("invoices.v2"));
        QCOMPARE(last.value(QLatin1String("actor")).toString(), QStringLiteral("pat"));

        // A consume request via a rule, declined with a reason the requester reads.
        const Run second = cli({QStringLiteral("request"), QStringLiteral("billing"), QStringLiteral("kafka://example.org/t1/orders"),
                                QStringLiteral("--intent"), QStringLiteral("consume"), QStringLiteral("--group"), QStringLiteral("billing-orders"),
                                QStringLiteral("--json")});
        CLI_OK(second);
        const QString secondId = second.json().object().value(QLatin1String("id")).toString();
        QCOMPARE(cli({QStringLiteral("decline"), secondId}).exitCode, 1);   // no reason
        CLI_OK(cli({QStringLiteral("decline"), secondId, QStringLiteral("--reason"), QStringLiteral("use the orders channel")}));
        const QJsonArray declined = cli({QStringLiteral("requests"), QStringLiteral("--state"), QStringLiteral("declined"),
                                         QStringLiteral("--json")}).json().array();
        QCOMPARE(declined.size(), 1);
        QCOMPARE(declined.first().toObject().value(QLatin1String("reason")).toString(), QStringLiteral("use the orders channel"));

        const QJsonArray grants = cli({QStringLiteral("grant"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QCOMPARE(grants.size(), 1);
        QCOMPARE(grants.first().toObject().value(QLatin1String("request")).toString(), id);

        const Run malformed = cli({QStringLiteral("resolve"), QStringLiteral("billing"), QStringLiteral("kafka://x//y"),
                                   QStringLiteral("--intent"), QStringLiteral("produce"), QStringLiteral("--json")});
        QCOMPARE(malformed.exitCode, 1);
        QCOMPARE(malformed.json().object().value(QLatin1String("reason")).toString(), QStringLiteral("malformed_uri"));
    }
};

QTEST_GUILESS_MAIN(TestChannelCli)
#include "tst_channelcli.moc"
