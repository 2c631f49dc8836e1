// Channel URIs: what parses, how it is canonicalised, and what the error says when it does not.

#include "routing/ChannelUri.h"

#include <QTest>

using namespace Switchboard;

class TestChannelUri : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::newRow("simple") << "kafka://billing.example.com/invoices" << "kafka://billing.example.com/invoices"
                                << "billing.example.com" << "invoices" << "invoices";
        QTest::newRow("nested") << "kafka://example.org/t1/orders.v2" << "kafka://example.org/t1/orders.v2"
                                << "example.org" << "t1/orders.v2" << "orders.v2";
        QTest::newRow("case of scheme and host") << "KAFKA://Billing.Example.COM/Invoices"
                                                 << "kafka://billing.example.com/Invoices" << "billing.example.com"
                                                 << "Invoices" << "Invoices";
        QTest::newRow("single-label host") << "kafka://localhost/a_b-c" << "kafka://localhost/a_b-c" << "localhost"
                                           << "a_b-c" << "a_b-c";
        QTest::newRow("surrounding spaces") << "  kafka://x.io/a/b/c  " << "kafka://x.io/a/b/c" << "x.io" << "a/b/c" << "c";
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, host);
        QFETCH(QString, path);
        QFETCH(QString, key);
        auto uri = ChannelUri::parse(text);
        QVERIFY2(uri, qPrintable(uri.error()));
        QCOMPARE(uri->toString(), canonical);
        QCOMPARE(uri->host(), host);
        QCOMPARE(uri->path(), path);
        QCOMPARE(uri->key(), key);
        // Canonical form parses to itself.
        QCOMPARE(ChannelUri::parse(canonical)->toString(), canonical);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("no scheme") << "billing.example.com/invoices" << "not a channel URI";
        QTest::newRow("wrong scheme") << "http://billing.example.com/invoices" << "scheme \"http\"";
        QTest::newRow("no host") << "kafka:///invoices" << "no domain";
        QTest::newRow("no path") << "kafka://billing.example.com" << "no path";
        QTest::newRow("only slash") << "kafka://billing.example.com/" << "no path";
        QTest::newRow("empty segment") << "kafka://billing.example.com/a//b" << "empty path segment (segment 2)";
        QTest::newRow("trailing slash") << "kafka://billing.example.com/a/" << "empty path segment";
        QTest::newRow("port") << "kafka://billing.example.com:9092/a" << "no port";
        QTest::newRow("user") << "kafka://bob@billing.example.com/a" << "no user name";
        QTest::newRow("bad host") << "kafka://bill_ing.example.com/a" << "not a valid domain";
        QTest::newRow("empty host label") << "kafka://billing..com/a" << "not a valid domain";
        QTest::newRow("space in segment") << "kafka://x.io/in voices" << "contains a space";
        QTest::newRow("star in segment") << "kafka://x.io/a/*" << "contains \"*\"";
        QTest::newRow("dot-dot") << "kafka://x.io/a/../b" << "not allowed";
        QTest::newRow("query") << "kafka://x.io/a?b=c" << "no query";
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorContains);
        auto uri = ChannelUri::parse(text);
        QVERIFY(!uri);
        QVERIFY2(uri.error().contains(errorContains), qPrintable(uri.error()));
    }
};

QTEST_GUILESS_MAIN(TestChannelUri)
#include "tst_channeluri.moc"
