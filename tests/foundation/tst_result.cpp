// Errors are values: forwarding a failed Result as another type, and QVERIFY_RESULT.

#include "VerifyResult.h"
#include "core/Result.h"

#include <QTest>

#include <memory>

using namespace Switchboard;

namespace {

Result<int> parsed(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok)
        return makeError(QStringLiteral("\"%1\" is not a number").arg(text));
    return n;
}

// Each forwards a failure in one line, as the stores do.
Result<QString> doubled(const QString &text)
{
    auto n = parsed(text);
    if (!n)
        return n;
    return QString::number(*n * 2);
}

Status checked(const QString &text)
{
    auto n = parsed(text);
    if (!n)
        return n;
    return {};
}

Result<int> fromStatus(const Status &st)
{
    if (!st)
        return st;
    return 7;
}

// A move-only value, like Statement.
Result<std::unique_ptr<int>> boxed(const QString &text)
{
    auto n = parsed(text);
    if (!n)
        return n;
    return std::make_unique<int>(*n);
}

Result<bool> positive(const QString &text)
{
    auto box = boxed(text);
    if (!box)
        return box;
    return **box > 0;
}

} // namespace

class TestResult : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forwardsFailureAsAnotherType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("doubled");
        QTest::addColumn<QString>("error");
        QTest::newRow("number") << QStringLiteral("21") << true << QStringLiteral("42") << QString();
        QTest::newRow("not a number") << QStringLiteral("x") << false << QString() << QStringLiteral("\"x\" is not a number");
        QTest::newRow("empty") << QString() << false << QString() << QStringLiteral("\"\" is not a number");
    }
    void forwardsFailureAsAnotherType()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, doubled);
        QFETCH(QString, error);

        const Result<QString> d = ::doubled(text);
        QCOMPARE(d.ok(), ok);
        QCOMPARE(d.error(), error);
        if (ok)
            QCOMPARE(*d, doubled);

        const Status st = checked(text);
        QCOMPARE(st.ok(), ok);
        QCOMPARE(st.error(), error);

        const Result<bool> p = positive(text);
        QCOMPARE(p.ok(), ok);
        QCOMPARE(p.error(), error);
        if (ok)
            QVERIFY(*p);
    }

    void statusForwardsToAValue()
    {
        const Result<int> failed = fromStatus(makeError(QStringLiteral("vault is locked")));
        QVERIFY(!failed);
        QCOMPARE(failed.error(), QStringLiteral("vault is locked"));
        const Result<int> good = fromStatus(Status());
        QVERIFY(good);
        QCOMPARE(*good, 7);
    }

    void verifyResultPassesOnSuccess()
    {
        QVERIFY_RESULT(parsed(QStringLiteral("1")));
        QVERIFY_RESULT(checked(QStringLiteral("2")));
        auto n = parsed(QStringLiteral("3"));
        QVERIFY_RESULT(n);
        QCOMPARE(*n, 3);
    }

    // The failure is reported (the expected-fail line in the log carries the result's message)
    // and the test function stops there.
    void verifyResultFailsWithTheMessage()
    {
        bool reachedTheEnd = false;
        const auto body = [&] {
            QEXPECT_FAIL("", "a failed result must fail QVERIFY_RESULT", Abort);
            QVERIFY_RESULT(checked(QStringLiteral("nope")));
            reachedTheEnd = true;
        };
        body();
        QVERIFY(!reachedTheEnd);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
