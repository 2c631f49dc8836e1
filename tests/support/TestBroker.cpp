#include "TestBroker.h"

#include <QFile>

namespace Switchboard::Test {

namespace {

// Reads KEY=VALUE lines of the broker's env file, for runs where only its path is given.
QMap<QString, QString> readEnvFile(const QString &path)
{
    QMap<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

} // namespace

std::optional<TestBroker> TestBroker::fromEnvironment()
{
    QMap<QString, QString> values;
    for (const char *name : {"SWITCHBOARD_TEST_BOOTSTRAP", "SWITCHBOARD_TEST_SASL_BOOTSTRAP",
                             "SWITCHBOARD_TEST_ADMIN_USER", "SWITCHBOARD_TEST_ADMIN_PASSWORD",
                             "SWITCHBOARD_TEST_USERS", "SWITCHBOARD_KAFKA_LIBS"}) {
        if (qEnvironmentVariableIsSet(name))
            values.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    }
    // Without the variables, fall back to the env file of a broker started by hand
    // (`scripts/kafka start`), so one test can be run on its own.
    if (!values.contains(QStringLiteral("SWITCHBOARD_TEST_BOOTSTRAP"))) {
        values = readEnvFile(qEnvironmentVariable("SWITCHBOARD_TEST_BROKER_ENV",
                                                  QStringLiteral("/tmp/switchboard-kafka/broker.env")));
    }
    TestBroker broker;
    broker.m_plaintext = values.value(QStringLiteral("SWITCHBOARD_TEST_BOOTSTRAP"));
    broker.m_sasl = values.value(QStringLiteral("SWITCHBOARD_TEST_SASL_BOOTSTRAP"));
    broker.m_kafkaLibs = values.value(QStringLiteral("SWITCHBOARD_KAFKA_LIBS"));
    if (broker.m_plaintext.isEmpty())
        return std::nullopt;
    const QString admin = values.value(QStringLiteral("SWITCHBOARD_TEST_ADMIN_USER"), QStringLiteral("admin"));
    broker.m_users.insert(admin, values.value(QStringLiteral("SWITCHBOARD_TEST_ADMIN_PASSWORD")));
    for (const QString &pair : values.value(QStringLiteral("SWITCHBOARD_TEST_USERS")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon > 0)
            broker.m_users.insert(pair.left(colon), pair.mid(colon + 1));
    }
    return broker;
}

QString TestBroker::missingMessage()
{
    return QStringLiteral("This test needs the real Kafka broker, and none was found: SWITCHBOARD_TEST_BOOTSTRAP is "
                          "not set. Run the tests with scripts/test, or start a broker with `scripts/kafka start` "
                          "and export the variables of its broker.env.");
}

ClientConfig TestBroker::plaintextConfig() const
{
    return ClientConfig{m_plaintext, {}, {}};
}

ClientConfig TestBroker::saslConfig(const QString &user) const
{
    return ClientConfig{m_sasl,
                        {{QStringLiteral("security.protocol"), QStringLiteral("SASL_PLAINTEXT")},
                         {QStringLiteral("sasl.mechanisms"), QStringLiteral("PLAIN")},
                         {QStringLiteral("sasl.username"), user}},
                        {{QStringLiteral("sasl.password"), m_users.value(user)}}};
}

} // namespace Switchboard::Test
