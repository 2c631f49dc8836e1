// The three executables as a user runs them: --help and --version without a display, and the
// command-line tool's exit codes and messages.

#include "CliProcess.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
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
        Switchboard::Test::CliEnvironment env;
        env.removePrefixes = {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")};
        if (!catalog.isEmpty())
            env.set.insert(QStringLiteral("SWITCHBOARD_CATALOG"), catalog);
        const auto r = Switchboard::Test::runProcess(program, args, env, {}, 30000);
        return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
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

    // Every number an operator gives the routing service, as a flag or in its configuration file,
    // is checked: overflow, garbage, fractions of counts and out-of-range values are refused at
    // start with the option's name and its range, never wrapped or silently replaced.
    void routerRefusesBadNumbers_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QByteArray>("config");     // a configuration file's JSON, or empty
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QStringList &flags, const QByteArray &config, const char *expected) {
            QTest::newRow(name) << flags << config << QString::fromUtf8(expected);
        };
        row("threads overflow", {"--threads", "99999999999999999999"}, {},
            "--threads: 99999999999999999999 is not a whole number from 1 to 64");
        row("threads negative", {"--threads", "-3"}, {}, "--threads: -3 is not a whole number from 1 to 64");
        row("threads garbage", {"--threads", "abc"}, {}, "--threads: \"abc\" is not a number");
        row("threads fraction", {"--threads", "2.5"}, {}, "--threads: 2.5 is not a whole number");
        row("rate limit overflow", {"--rate-limit", "1e400"}, {}, "--rate-limit: \"1e400\" is not a number");
        row("rate burst negative", {"--rate-burst", "-1"}, {}, "--rate-burst: -1 is not a number from 0 to");
        row("request bytes overflow", {"--max-request-bytes", "99999999999999999999999"}, {},
            "--max-request-bytes: 99999999999999999999999 is not a whole number from 1024 to 1048576");
        row("bundle bytes zero", {"--max-bundle-bytes", "0"}, {}, "--max-bundle-bytes: 0 is not a whole number from 1024");
        row("config threads text", {}, R"({"threads": "4"})", "\"threads\" must be a number");
        row("config threads huge", {}, R"({"threads": 1e30})", "\"threads\": 1e+30 is not a whole number from 1 to 64");
        row("config bundle bytes fraction", {}, R"({"max_bundle_bytes": 1048576.5})",
            "\"max_bundle_bytes\": 1048576.5 is not a whole number");
    }

    void routerRefusesBadNumbers()
    {
        QFETCH(QStringList, flags);
        QFETCH(QByteArray, config);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("router.key"));
        QCOMPARE(run(QStringLiteral(SWITCHBOARD_ROUTER), {QStringLiteral("keygen"), QStringLiteral("--out"), key}).exitCode, 0);
        QStringList args{QStringLiteral("serve"), QStringLiteral("--key"), key, QStringLiteral("--trust"),
                         QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="), QStringLiteral("--state-dir"),
                         dir.filePath(QStringLiteral("state")), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
        if (!config.isEmpty()) {
            QFile file(dir.filePath(QStringLiteral("router.json")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(config);
            file.close();
            args << QStringLiteral("--config") << file.fileName();
        }
        const Run serve = run(QStringLiteral(SWITCHBOARD_ROUTER), args + flags);
        QCOMPARE(serve.exitCode, 2);
        QVERIFY2(serve.err.contains(expected), qPrintable(serve.err));
        QVERIFY2(!serve.err.contains(QLatin1String("listening")), qPrintable(serve.err));
    }

    // Each executable prints its man page (roff) with --man, man -l reads it, and every option
    // --help lists is in it.
    void manPages_data() { helpAndVersion_data(); }

    void manPages()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        Switchboard::Test::CliEnvironment env;
        env.removePrefixes = {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")};
        const auto roff = Switchboard::Test::runProcess(program, {QStringLiteral("--man")}, env);
        QCOMPARE(roff.exitCode, 0);
        QVERIFY2(roff.out.contains(".TH " + name.toUpper().toUtf8() + " 1"), roff.out.left(300).constData());
        QTemporaryDir dir;
        QFile page(dir.filePath(name + QStringLiteral(".1")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write(roff.out);
        page.close();
        QProcess man;
        QProcessEnvironment manEnv = QProcessEnvironment::systemEnvironment();
        manEnv.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        manEnv.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
        manEnv.insert(QStringLiteral("MANPAGER"), QStringLiteral("cat"));
        man.setProcessEnvironment(manEnv);
        man.start(QStringLiteral("man"), {QStringLiteral("-l"), page.fileName()});
        QVERIFY(man.waitForFinished(30000));
        QCOMPARE(man.exitCode(), 0);
        QString rendered = QString::fromUtf8(man.readAllStandardOutput());
        rendered.remove(QRegularExpression(QStringLiteral(".\\x08")));
        QVERIFY2(rendered.contains(name + QStringLiteral(" - ")), qPrintable(rendered.left(400)));
        const QString help = run(program, {QStringLiteral("--help")}).out;
        static const QRegularExpression option(QStringLiteral("^  (?:-\\w, )?(--[\\w-]+)"), QRegularExpression::MultilineOption);
        int count = 0;
        for (auto it = option.globalMatch(help); it.hasNext(); ++count) {
            const QString o = it.next().captured(1);
            QVERIFY2(rendered.contains(o), qPrintable(QStringLiteral("%1 is not in the man page of %2").arg(o, name)));
        }
        QVERIFY2(count >= 3, qPrintable(help));
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
