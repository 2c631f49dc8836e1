// Errors are values: forwarding a failed Result as another type, and QVERIFY_RESULT.

#include "VerifyResult.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QProcess>
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

    // What a failed QVERIFY_RESULT prints: the expression and the result's own message. Run in a
    // child process (this executable, one function), since the failure is the point.
    void verifyResultPrintsTheMessage()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SWITCHBOARD_TST_RESULT_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("failsOnAFailedResult")});
        QVERIFY(child.waitForFinished(30000));
        const QByteArray out = child.readAllStandardOutput();
        QCOMPARE(child.exitCode(), 1);
        QVERIFY2(out.contains("FAIL!  : TestResult::failsOnAFailedResult()"), out.constData());
        QVERIFY2(out.contains("checked(QStringLiteral(\"nope\"))"), out.constData());
        QVERIFY2(out.contains("\"nope\" is not a number"), out.constData());
        QVERIFY2(!out.contains("reached the end"), out.constData());
    }

    void failsOnAFailedResult()
    {
        if (qEnvironmentVariableIsEmpty("SWITCHBOARD_TST_RESULT_CHILD"))
            QSKIP("run by verifyResultPrintsTheMessage in a child process");
        QVERIFY_RESULT(checked(QStringLiteral("nope")));
        qInfo("reached the end");
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
