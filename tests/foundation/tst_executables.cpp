// The three executables as a user runs them: --help and --version without a display, and the
// command-line tool's exit codes and messages.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestExecutables : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // No display at all: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
    static Run run(const QString &program, const QStringList &args, const QString &catalog = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        if (!catalog.isEmpty())
            env.insert(QStringLiteral("SWITCHBOARD_CATALOG"), catalog);
        process.setProcessEnvironment(env);
        process.start(program, args);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void helpAndVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("desktop") << QStringLiteral(SWITCHBOARD_DESKTOP) << "switchboard";
        QTest::newRow("cli") << QStringLiteral(SWITCHBOARD_CLI) << "switchboard-cli";
        QTest::newRow("router") << QStringLiteral(SWITCHBOARD_ROUTER) << "switchboard-router";
    }

    void helpAndVersion()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        const Run help = run(program, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QLatin1String("Usage:")), qPrintable(help.out + help.err));
        const Run version = run(program, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral("%1 0.").arg(name)), qPrintable(version.out));
    }

    void cliClusterRoundTrip()
    {
        QTemporaryDir dir;
        const QString catalog = dir.filePath(QStringLiteral("c.sqlite"));
        const QString cli = QStringLiteral(SWITCHBOARD_CLI);

        const Run bad = run(cli, {QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("prod"),
                                  QStringLiteral("--bootstrap"), QStringLiteral("broker1")}, catalog);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("\"broker1\" is not a valid bootstrap server")), qPrintable(bad.err));

        const Run good = run(cli, {QStringLiteral("--catalog"), catalog, QStringLiteral("cluster"), QStringLiteral("add"),
                                   QStringLiteral("prod"), QStringLiteral("--bootstrap"), QStringLiteral("k1:9092,k2:9092"),
                                   QStringLiteral("--env"), QStringLiteral("production")});
        QCOMPARE(good.exitCode, 0);

        const Run list = run(cli, {QStringLiteral("cluster"), QStringLiteral("list"), QStringLiteral("--json")}, catalog);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QLatin1String("\"bootstrap_servers\": \"k1:9092,k2:9092\"")), qPrintable(list.out));
        QVERIFY(list.out.contains(QLatin1String("\"environment\": \"production\"")));

        const Run unknown = run(cli, {QStringLiteral("frobnicate")}, catalog);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command")));
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
