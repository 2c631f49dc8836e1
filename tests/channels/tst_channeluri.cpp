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
        // Control and invisible characters, wherever they are (issue 19: "inv%00oices" decoded to a
        // NUL passed); the message shows them as code points, never raw.
        QTest::newRow("NUL in segment") << QStringLiteral("kafka://billing.example.com/inv") + QChar(0) + QStringLiteral("oices")
                                        << "control or invisible character (U+0000 at position 32)";
        QTest::newRow("NUL at the end") << QStringLiteral("kafka://x.io/invoices") + QChar(0) << "U+0000 at position 22";
        QTest::newRow("NUL in host") << QStringLiteral("kafka://x") + QChar(0) + QStringLiteral(".io/a") << "U+0000 at position 10";
        QTest::newRow("tab") << "kafka://x.io/in\tvoices" << "U+0009";
        QTest::newRow("trailing newline") << "kafka://x.io/invoices\n" << "U+000A";
        QTest::newRow("leading carriage return") << "\rkafka://x.io/invoices" << "U+000D at position 1";
        QTest::newRow("escape") << "kafka://x.io/\x1b[31minvoices" << "U+001B";
        QTest::newRow("DEL") << "kafka://x.io/inv\x7foices" << "U+007F";
        QTest::newRow("C1 control") << QStringLiteral("kafka://x.io/inv") + QChar(0x85) + QStringLiteral("oices") << "U+0085";
        QTest::newRow("zero-width space") << QStringLiteral("kafka://x.io/inv") + QChar(0x200b) + QStringLiteral("oices")
                                          << "U+200B";
        QTest::newRow("bidi override") << QStringLiteral("kafka://x.io/") + QChar(0x202e) + QStringLiteral("secioval")
                                       << "U+202E";
        QTest::newRow("line separator") << QStringLiteral("kafka://x.io/a") + QChar(0x2028) << "U+2028";
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorContains);
        auto uri = ChannelUri::parse(text);
        QVERIFY(!uri);
        QVERIFY2(uri.error().contains(errorContains), qPrintable(uri.error()));
        // What the user reads is printable: no control character is echoed back.
        for (QChar c : uri.error())
            QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                     qPrintable(QStringLiteral("U+%1 in: %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(uri.error())));
    }
};

QTEST_GUILESS_MAIN(TestChannelUri)
#include "tst_channeluri.moc"
