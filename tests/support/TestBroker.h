#pragma once

// The real Kafka broker that scripts/kafka started, as the test command describes it through
// the environment (SWITCHBOARD_TEST_BOOTSTRAP and friends, from the broker's broker.env).
// A test that needs the broker and finds none fails with a message saying how to start one.

#include "kafka/ClientConfig.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Switchboard::Test {

class TestBroker {
public:
    // The broker from the environment, or nothing (see missingMessage()).
    static std::optional<TestBroker> fromEnvironment();
    static QString missingMessage();

    QString plaintextBootstrap() const { return m_plaintext; }
    QString saslBootstrap() const { return m_sasl; }
    QStringList applicationUsers() const { return m_users.keys(); }
    QString password(const QString &user) const { return m_users.value(user); }
    // The folder of the broker's jars (kafka-clients among them), for tests of Java clients.
    QString kafkaLibs() const { return m_kafkaLibs; }

    // PLAINTEXT: the ANONYMOUS super user, what the crawler fixtures use.
    ClientConfig plaintextConfig() const;
    // SASL_PLAINTEXT/PLAIN as the given user (admin is a super user; others need ACLs).
    ClientConfig saslConfig(const QString &user) const;

private:
    QString m_plaintext;
    QString m_sasl;
    QString m_kafkaLibs;
    QMap<QString, QString> m_users;   // includes admin
};

} // namespace Switchboard::Test

// Fails the current test (it does not skip) when no broker was started.
#define SWITCHBOARD_REQUIRE_BROKER(var)                                                       \
    const auto var##Optional = ::Switchboard::Test::TestBroker::fromEnvironment();           \
    if (!var##Optional)                                                                       \
        QFAIL(qPrintable(::Switchboard::Test::TestBroker::missingMessage()));                 \
    const ::Switchboard::Test::TestBroker &var = *var##Optional
