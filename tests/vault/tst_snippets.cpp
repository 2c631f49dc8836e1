// Snippets checked by the real tools that would consume them, against the real broker over
// SASL as the user alice: the librdkafka file with kcat -F -L, the Python snippet with Debian's
// confluent-kafka (/usr/bin/python3) producing a record read back here, the Java properties
// loaded by the real Java client (kafka-clients, compiled with javac at test time), Go through
// gofmt and Node.js through node --check. Snippets are exported with the real CLI; every byte
// the CLI and the tools print is checked for alice's password, and so is the catalog file.

#include "CliProcess.h"
#include "KafkaFixtures.h"
#include "TempCatalog.h"
#include "TestBroker.h"
#include "clusters/ClusterStore.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "profiles/ProfileStore.h"
#include "routing/GrantStore.h"
#include "snippets/SnippetRenderer.h"
#include "vault/CredentialStore.h"
#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <librdkafka/rdkafka.h>

using namespace Switchboard;

namespace {

const QString kPassphrase = QStringLiteral("snippet test passphrase");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Reads a topic from the start as the PLAINTEXT super user until `wanted` was seen `expected`
// times (or the time is up); returns every value read.
QList<QByteArray> readTopic(const ClientConfig &admin, const QString &topic, const QByteArray &wanted, int expected,
                            int timeoutMs = 20000)
{
    QList<QByteArray> values;
    ClientConfig config = admin;
    config.properties.insert(QStringLiteral("group.id"), Test::uniqueName(QStringLiteral("snippet-reader")));
    config.properties.insert(QStringLiteral("auto.offset.reset"), QStringLiteral("earliest"));
    config.properties.insert(QStringLiteral("enable.auto.commit"), QStringLiteral("false"));
    auto conf = config.build();
    if (!conf)
        return values;
    char errstr[512];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, *conf, errstr, sizeof errstr);
    if (!rk)
        return values;
    rd_kafka_poll_set_consumer(rk);
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, topic.toUtf8().constData(), RD_KAFKA_PARTITION_UA);
    rd_kafka_subscribe(rk, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    QElapsedTimer timer;
    timer.start();
    while (values.count(wanted) < expected && timer.elapsed() < timeoutMs) {
        rd_kafka_message_t *msg = rd_kafka_consumer_poll(rk, 200);
        if (!msg)
            continue;
        if (!msg->err)
            values.append(QByteArray(static_cast<const char *>(msg->payload), int(msg->len)));
        rd_kafka_message_destroy(msg);
    }
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return values;
}

} // namespace

class TestSnippets : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempCatalog> m_catalog;
    QTemporaryDir m_work;
    QString m_topic;
    QString m_channel;
    QString m_consumeChannel;
    QByteArray m_secret;   // alice's password: must never be printed
    QByteArray m_allOutput;

    Run run(const QString &program, const QStringList &args, const QMap<QString, QString> &env = {}, int timeoutMs = 60000)
    {
        Test::CliEnvironment environment;
        environment.set = {{QStringLiteral("SWITCHBOARD_VAULT_KEYCHAIN"), QStringLiteral("0")},
                           {QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"), kPassphrase},
                           {QStringLiteral("SWITCHBOARD_CATALOG"), m_catalog->path()}};
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            environment.set.insert(it.key(), it.value());
        environment.workingDirectory = m_work.path();
        const Test::CliRun run = Test::runProcess(program, args, environment, {}, timeoutMs);
        const Run r{run.exitCode, run.out, run.err};
        m_allOutput += r.out + r.err;
        return r;
    }

    // What a failed tool said, with the secret blotted out.
    QString said(const Run &r) const
    {
        QByteArray text = r.out + r.err;
        text.replace(m_secret, "********");
        return QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(text.right(3000)));
    }

    Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        return run(QStringLiteral(SWITCHBOARD_CLI), args, env);
    }

    QString exportSnippet(const QString &format, const QString &profile, bool reveal, const QString &channel)
    {
        const QString file = m_work.filePath(QStringLiteral("%1-%2-%3.out").arg(format, profile).arg(reveal ? 1 : 0));
        QStringList args{QStringLiteral("snippet"), QStringLiteral("--app"), QStringLiteral("billing"), QStringLiteral("--channel"),
                         channel, QStringLiteral("--profile"), profile, QStringLiteral("--format"), format,
                         QStringLiteral("--output"), file};
        if (reveal)
            args << QStringLiteral("--reveal");
        const Run r = cli(args);
        if (r.exitCode != 0) {
            qWarning("%s", qPrintable(said(r)));
            return {};
        }
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("SWITCHBOARD_VAULT_KEYCHAIN", "0");
        QVERIFY(m_work.isValid());
        SWITCHBOARD_REQUIRE_BROKER(broker);
        m_catalog = std::make_unique<Test::TempCatalog>();
        QVERIFY(m_catalog->isValid());
        Database &db = m_catalog->db();
        m_secret = broker.password(QStringLiteral("alice")).toUtf8();
        QVERIFY(!m_secret.isEmpty());

        // The cluster, as applications reach it: the SASL listener.
        Cluster cluster;
        cluster.name = QStringLiteral("local");
        cluster.bootstrapServers = broker.saslBootstrap();
        cluster.properties.insert(QStringLiteral("security.protocol"), QStringLiteral("SASL_PLAINTEXT"));
        cluster.properties.insert(QStringLiteral("sasl.mechanisms"), QStringLiteral("PLAIN"));
        auto added = ClusterStore(db).add(cluster);
        QVERIFY2(added, qPrintable(added.error()));

        // A topic alice may write and describe, behind a channel billing is granted.
        m_topic = Test::uniqueName(QStringLiteral("snippets"));
        QVERIFY(Test::createTopics(broker.plaintextConfig(), {NewTopic{m_topic, 1, 1, {}}}));
        const QString group = Test::uniqueName(QStringLiteral("billing-group"));
        QList<AclBinding> acls;
        for (const char *op : {"WRITE", "DESCRIBE", "READ"})
            acls.append(AclBinding{QStringLiteral("TOPIC"), m_topic, QStringLiteral("LITERAL"), QStringLiteral("User:alice"),
                                   QStringLiteral("*"), QString::fromLatin1(op), QStringLiteral("ALLOW")});
        acls.append(AclBinding{QStringLiteral("GROUP"), group, QStringLiteral("LITERAL"), QStringLiteral("User:alice"),
                               QStringLiteral("*"), QStringLiteral("READ"), QStringLiteral("ALLOW")});
        QVERIFY(Test::createAcls(broker.plaintextConfig(), acls));

        Application app;
        app.name = QStringLiteral("billing");
        QVERIFY(ApplicationStore(db).add(app));
        m_channel = QStringLiteral("kafka://billing.example.com/invoices");
        auto bound = ChannelStore(db).bind(m_channel, QStringLiteral("dev"), QStringLiteral("local"), m_topic, true);
        QVERIFY2(bound, qPrintable(bound.error()));
        QVERIFY(GrantStore(db).add(QStringLiteral("billing"), m_channel, Intent::Produce));
        QVERIFY(GrantStore(db).add(QStringLiteral("billing"), m_channel, Intent::Consume, group));

        // A custom profile with a name longer than gofmt aligns (see SnippetRenderer's goMap).
        Profile longNames;
        longNames.name = QStringLiteral("longNames");
        longNames.role = ProfileRole::Producer;
        longNames.properties.insert(QStringLiteral("topic.metadata.refresh.fast.interval.ms"), 100);
        longNames.properties.insert(QStringLiteral("linger.ms"), 5);
        QVERIFY(ProfileStore(db).add(longNames));

        // The vault and alice's credential, through the CLI (the secret on a file descriptor's stand-in:
        // a named environment variable).
        Run init = cli({QStringLiteral("vault"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(said(init)));
        Run set = cli({QStringLiteral("credential"), QStringLiteral("set"), QStringLiteral("--app"), QStringLiteral("billing"),
                       QStringLiteral("--cluster"), QStringLiteral("local"), QStringLiteral("--mechanism"), QStringLiteral("PLAIN"),
                       QStringLiteral("--username"), QStringLiteral("alice"), QStringLiteral("--secret-env"), QStringLiteral("ALICE_PW")},
                      {{QStringLiteral("ALICE_PW"), QString::fromUtf8(m_secret)}});
        QVERIFY2(set.exitCode == 0, qPrintable(said(set)));
    }

    void redactedUnlessRevealed_data()
    {
        QTest::addColumn<QString>("format");
        for (SnippetFormat f : SnippetRenderer::formats())
            QTest::newRow(qPrintable(SnippetRenderer::id(f))) << SnippetRenderer::id(f);
    }

    void redactedUnlessRevealed()
    {
        QFETCH(QString, format);
        const Run r = cli({QStringLiteral("snippet"), QStringLiteral("--app"), QStringLiteral("billing"), QStringLiteral("--channel"),
                           m_channel, QStringLiteral("--profile"), QStringLiteral("durableWrite"), QStringLiteral("--format"), format});
        QVERIFY2(r.exitCode == 0, qPrintable(said(r)));
        QVERIFY(!r.out.contains(m_secret));
        QVERIFY2(r.out.contains(m_topic.toUtf8()) || format == QLatin1String("service-locator"), r.out.constData());
        if (format != QLatin1String("service-locator"))
            QVERIFY2(r.out.contains("<redacted>") || r.out.contains("KAFKA_SASL_PASSWORD"), r.out.constData());
    }

    void librdkafkaFileWithKcat()
    {
        const QString kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
        if (kcat.isEmpty())
            QSKIP("kcat is not installed (Debian: apt install kcat); the librdkafka file was not checked by kcat");
        const QString file = exportSnippet(QStringLiteral("librdkafka"), QStringLiteral("safeConsumer"), true, m_channel);
        QVERIFY(!file.isEmpty());
        QCOMPARE(QFile(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        const Run r = run(kcat, {QStringLiteral("-F"), file, QStringLiteral("-L"), QStringLiteral("-t"), m_topic,
                                 QStringLiteral("-m"), QStringLiteral("15")});
        QVERIFY2(r.exitCode == 0, qPrintable(said(r)));
        // Metadata for our topic, as alice, over SASL: one partition, no error.
        QVERIFY2(r.out.contains(QStringLiteral("topic \"%1\" with 1 partitions").arg(m_topic).toUtf8()), qPrintable(said(r)));
        QVERIFY2(r.out.contains("broker"), qPrintable(said(r)));

        // The redacted file is refused by the broker, not silently accepted.
        const QString redacted = exportSnippet(QStringLiteral("librdkafka"), QStringLiteral("safeConsumer"), false, m_channel);
        const Run denied = run(kcat, {QStringLiteral("-F"), redacted, QStringLiteral("-L"), QStringLiteral("-t"), m_topic,
                                      QStringLiteral("-m"), QStringLiteral("3")}, {}, 30000);
        QVERIFY2(denied.exitCode != 0, qPrintable(said(denied)));
    }

    void pythonProducesARecord()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFile::exists(python))
            QSKIP("/usr/bin/python3 is missing; the Python snippet was not run");
        if (run(python, {QStringLiteral("-c"), QStringLiteral("import confluent_kafka")}).exitCode != 0)
            QSKIP("Debian's python3-confluent-kafka is not installed for /usr/bin/python3; the Python snippet was not run");
        SWITCHBOARD_REQUIRE_BROKER(broker);
        // Revealed: runs as given.
        const QString revealed = exportSnippet(QStringLiteral("python"), QStringLiteral("durableWrite"), true, m_channel);
        QVERIFY(!revealed.isEmpty());
        Run r = run(python, {revealed});
        QVERIFY2(r.exitCode == 0, qPrintable(said(r)));
        // Redacted: runs with the password in KAFKA_SASL_PASSWORD.
        const QString redacted = exportSnippet(QStringLiteral("python"), QStringLiteral("highThroughputProducer"), false, m_channel);
        QVERIFY(!redacted.isEmpty());
        r = run(python, {redacted}, {{QStringLiteral("KAFKA_SASL_PASSWORD"), QString::fromUtf8(m_secret)}});
        QVERIFY2(r.exitCode == 0, qPrintable(said(r)));

        const QList<QByteArray> values = readTopic(broker.plaintextConfig(), m_topic, QByteArrayLiteral("hello from billing via Switchboard"), 2);
        QCOMPARE(values.count(QByteArrayLiteral("hello from billing via Switchboard")), 2);
    }

    void javaPropertiesLoadedByTheJavaClient()
    {
        const QString javac = QStandardPaths::findExecutable(QStringLiteral("javac"));
        const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
        if (javac.isEmpty() || java.isEmpty())
            QSKIP("No JDK (javac/java); the Java properties were not loaded by the Java client");
        SWITCHBOARD_REQUIRE_BROKER(broker);
        // The broker's own jars include kafka-clients; scripts/kafka names their folder in broker.env.
        const QString libs = broker.kafkaLibs();
        QVERIFY2(!QDir(libs).entryList({QStringLiteral("kafka-clients-*.jar")}).isEmpty(),
                 qPrintable(QStringLiteral("kafka-clients is not in \"%1\" (SWITCHBOARD_KAFKA_LIBS, set from the broker's "
                                           "broker.env by scripts/test)").arg(libs)));
        const QString properties = exportSnippet(QStringLiteral("java"), QStringLiteral("durableWrite"), true, m_channel);
        QVERIFY(!properties.isEmpty());

        // The smallest real producer: load the snippet as given, send one record, wait for the ack.
        QDir(m_work.path()).mkpath(QStringLiteral("java"));
        QFile source(m_work.filePath(QStringLiteral("java/SnippetProducer.java")));
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write(R"(import java.io.FileReader;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

public class SnippetProducer {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        try (FileReader reader = new FileReader(args[0])) {
            props.load(reader);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(args[1], "java", args[2])).get();
        }
        System.out.println("sent");
    }
}
)");
        source.close();
        const QString classpath = libs + QStringLiteral("/*");
        Run r = run(javac, {QStringLiteral("-cp"), classpath, QStringLiteral("-d"), m_work.filePath(QStringLiteral("java")),
                            source.fileName()}, {}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(said(r)));
        r = run(java, {QStringLiteral("-Xmx128m"), QStringLiteral("-cp"), m_work.filePath(QStringLiteral("java")) + QLatin1Char(':') + classpath,
                       QStringLiteral("SnippetProducer"), properties, m_topic, QStringLiteral("hello from the Java client")},
                {}, 120000);
        QVERIFY2(r.exitCode == 0 && r.out.contains("sent"), qPrintable(said(r)));
        const QList<QByteArray> values = readTopic(broker.plaintextConfig(), m_topic, QByteArrayLiteral("hello from the Java client"), 1);
        QVERIFY2(values.contains(QByteArrayLiteral("hello from the Java client")), qPrintable(QString::number(values.size())));
    }

    void goSnippetsAreGofmtClean()
    {
        QString gofmt = QStandardPaths::findExecutable(QStringLiteral("gofmt"));
        if (gofmt.isEmpty())   // the official Go tarball's place
            gofmt = QStandardPaths::findExecutable(QStringLiteral("gofmt"), {QStringLiteral("/usr/local/go/bin")});
        if (gofmt.isEmpty())
            QSKIP("gofmt is not installed; the Go snippets were not checked");
        for (const QString &profile : {QStringLiteral("durableWrite"), QStringLiteral("safeConsumer"), QStringLiteral("longNames")}) {
            for (bool reveal : {false, true}) {
                const QString file = exportSnippet(QStringLiteral("go"), profile, reveal, m_channel);
                QVERIFY(!file.isEmpty());
                const QString go = file + QStringLiteral(".go");
                QVERIFY(QFile::rename(file, go));
                const Run r = run(gofmt, {QStringLiteral("-l"), go});
                QVERIFY2(r.exitCode == 0, qPrintable(said(r)));            // parses
                QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(said(r)));  // and is formatted as gofmt would
            }
        }
    }

    void nodeSnippetsPassNodeCheck()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not installed; the Node.js snippets were not checked");
        for (const QString &profile : {QStringLiteral("lowLatencyProducer"), QStringLiteral("safeConsumer")}) {
            const QString file = exportSnippet(QStringLiteral("node"), profile, false, m_channel);
            QVERIFY(!file.isEmpty());
            const QString js = file + QStringLiteral(".js");
            QVERIFY(QFile::rename(file, js));
            const Run r = run(node, {QStringLiteral("--check"), js});
            QVERIFY2(r.exitCode == 0, qPrintable(said(r)));
        }
    }

    void springYamlParses()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFile::exists(python) || run(python, {QStringLiteral("-c"), QStringLiteral("import yaml")}).exitCode != 0)
            QSKIP("PyYAML is not available for /usr/bin/python3; the Spring Boot YAML was not parsed");
        const QString file = exportSnippet(QStringLiteral("spring"), QStringLiteral("safeConsumer"), false, m_channel);
        QVERIFY(!file.isEmpty());
        const Run r = run(python, {QStringLiteral("-c"),
                                   QStringLiteral("import sys, yaml\n"
                                                  "d = yaml.safe_load(open(sys.argv[1]))\n"
                                                  "k = d['spring']['kafka']\n"
                                                  "print(k['bootstrap-servers'], k['consumer']['group-id'],\n"
                                                  "      k['consumer']['properties']['[isolation.level]'],\n"
                                                  "      d['switchboard']['channels']['[invoices]'])\n"),
                                   file});
        QVERIFY2(r.exitCode == 0, qPrintable(said(r)));
        QVERIFY2(r.out.contains("read_committed") && r.out.contains(m_topic.toUtf8()), qPrintable(said(r)));
    }

    void dotnetSnippetBuilds()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dotnet")).isEmpty())
            QSKIP("dotnet is not installed; the .NET snippet was only rendered, not compiled");
    }

    void serviceLocatorCarriesAnIssuedToken()
    {
        const Run r = cli({QStringLiteral("snippet"), QStringLiteral("--app"), QStringLiteral("billing"), QStringLiteral("--channel"),
                           m_channel, QStringLiteral("--profile"), QStringLiteral("durableWrite"), QStringLiteral("--format"),
                           QStringLiteral("service-locator"), QStringLiteral("--router-url"), QStringLiteral("https://router.example:8443"),
                           QStringLiteral("--reveal"), QStringLiteral("--issue-token")});
        QVERIFY2(r.exitCode == 0, qPrintable(said(r)));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QLatin1String("servicelocator.url=https://router.example:8443")));
        QVERIFY(text.contains(QLatin1String("servicelocator.channel[0]=kafka://billing.example.com/invoices")));
        QVERIFY(text.contains(QLatin1String("servicelocator.token=sbt_")));
        QVERIFY(text.contains(QLatin1String("channel=kafka%3A%2F%2Fbilling.example.com%2Finvoices")));
        QVERIFY(!r.out.contains(m_secret));   // the Kafka password is not part of this form
    }

    // The header-based Java SDK's form, through the CLI: lookup URL, headers from the channel URI,
    // the application's own SASL login; the token and password only when revealed.
    void javaServiceLocatorThroughTheCli()
    {
        const QStringList args{QStringLiteral("snippet"), QStringLiteral("--app"), QStringLiteral("billing"), QStringLiteral("--channel"),
                               m_channel, QStringLiteral("--profile"), QStringLiteral("durableWrite"), QStringLiteral("--format"),
                               QStringLiteral("java-service-locator"), QStringLiteral("--router-url"), QStringLiteral("https://router.example:8443")};
        const Run redacted = cli(args);
        QVERIFY2(redacted.exitCode == 0, qPrintable(said(redacted)));
        QString text = QString::fromUtf8(redacted.out);
        QVERIFY2(text.contains(QLatin1String("service.locator.url=https://router.example:8443/service-locator\n")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("service.locator.apikey=${SWITCHBOARD_APIKEY}\n")));
        QVERIFY(text.contains(QLatin1String("service.locator.organization=billing.example.com\n")));
        QVERIFY(text.contains(QLatin1String("service.locator.channel=invoices\n")));
        QVERIFY(text.contains(QLatin1String("username=\"alice\" password=\"${KAFKA_SASL_PASSWORD}\"")));
        QVERIFY(!redacted.out.contains(m_secret));

        // Revealed into a file: the secret never passes through the command's output.
        const QString file = m_work.filePath(QStringLiteral("java-service-locator-revealed.properties"));
        const Run revealed = cli(args + QStringList{QStringLiteral("--reveal"), QStringLiteral("--issue-token"), QStringLiteral("--output"), file});
        QVERIFY2(revealed.exitCode == 0, qPrintable(said(revealed)));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray content = written.readAll();
        QVERIFY(content.contains("service.locator.apikey=sbt_"));
        QVERIFY(content.contains("password=\"" + m_secret + "\""));
    }

    void cleanupTestCase()
    {
        if (!m_catalog)
            return;
        // Nothing the CLI or the tools printed held alice's password (only --output files did) ...
        QVERIFY2(!m_allOutput.contains(m_secret), "a secret reached the output of a command");
        // ... and the catalog file holds it only sealed.
        QVERIFY(m_catalog->reopen());
        QByteArray bytes;
        for (const QString &f : {m_catalog->path(), m_catalog->path() + QStringLiteral("-wal")}) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(m_secret), "a secret is in clear in the catalog file");
    }
};

QTEST_GUILESS_MAIN(TestSnippets)
#include "tst_snippets.moc"
