// switchboard-cli as a user and a script see it, generated from the commands' descriptions:
// --help of every command and subcommand (and "help CMD"), refusals of unknown commands and
// options and of wrong argument counts, --json on every listing command, every number checked
// (overflow, negative, garbage: refused with the option's name and the range), a token only for
// a registered application and never without end, the bash completion script (sourced in bash),
// the man pages (read back with man -l) and secret exports written 0600 whatever the umask.

#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Switchboard;

namespace {
const QByteArray kPassphrase = "tst_cli passphrase";
const QByteArray kSecret = "tst-cli-secret-7Hq";

QStringList split(const char *words) { return QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts); }
} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_catalog;

    Test::CliRun cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        Test::CliEnvironment env;
        env.set.insert(QStringLiteral("SWITCHBOARD_CATALOG"), m_catalog);
        env.set.insert(QStringLiteral("SWITCHBOARD_VAULT_KEYCHAIN"), QStringLiteral("0"));
        env.set.insert(QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"), QString::fromUtf8(kPassphrase));
        env.set.insert(QStringLiteral("APP_SECRET"), QString::fromUtf8(kSecret));
        env.removePrefixes = {QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE_FD")};
        return Test::runProcess(QStringLiteral(SWITCHBOARD_CLI), args, env, stdinData);
    }

    static QString text(const QByteArray &bytes) { return QString::fromUtf8(bytes); }

    // Runs bash with the completion script loaded and returns COMPREPLY, sorted, for a command
    // line whose last word is being completed.
    QStringList complete(const QString &script, const QStringList &words, const QString &cwd)
    {
        QString array;
        for (const QString &w : words)
            array += QStringLiteral("'%1' ").arg(w);
        const QString program = QStringLiteral("source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _switchboard_cli; "
                                               "printf '%s\\n' \"${COMPREPLY[@]}\"")
                                    .arg(script, array)
                                    .arg(words.size() - 1);
        QProcess bash;
        bash.setWorkingDirectory(cwd);
        bash.start(QStringLiteral("bash"), {QStringLiteral("--norc"), QStringLiteral("-c"), program});
        if (!bash.waitForFinished(10000) || bash.exitCode() != 0)
            return {QStringLiteral("<bash failed: %1>").arg(text(bash.readAllStandardError()))};
        QStringList reply = text(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        reply.sort();
        return reply;
    }

    // Renders roff as man would show it.
    static QString manRender(const QString &file)
    {
        QProcess man;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));   // ASCII hyphens
        env.insert(QStringLiteral("MANPAGER"), QStringLiteral("cat"));
        env.insert(QStringLiteral("PAGER"), QStringLiteral("cat"));
        man.setProcessEnvironment(env);
        man.start(QStringLiteral("man"), {QStringLiteral("-l"), file});
        if (!man.waitForFinished(30000) || man.exitCode() != 0)
            return {};
        // man may embolden with backspaces on some setups: drop them.
        QString out = text(man.readAllStandardOutput());
        out.remove(QRegularExpression(QStringLiteral(".\\x08")));
        return out;
    }

    // The top-level command names, from --help's "Commands:" list.
    QStringList commandsOfOverview()
    {
        const QString help = text(cli({QStringLiteral("--help")}).out);
        QStringList names;
        bool inCommands = false;
        for (const QString &line : help.split(QLatin1Char('\n'))) {
            if (line == QLatin1String("Commands:"))
                inCommands = true;
            else if (inCommands && line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")))
                names << line.trimmed().section(QLatin1Char(' '), 0, 0);
            else if (inCommands && line.isEmpty())
                break;
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        const QList<QStringList> setup{
            split("vault init"),
            split("cluster add prod --bootstrap k1:9092 --env prod"),
            split("app add billing --team payments"),
            split("channel add kafka://billing.example.com/invoices"),
            split("profile copy safeConsumer mine"),
            {QStringLiteral("credential"), QStringLiteral("set"), QStringLiteral("--app"), QStringLiteral("billing"),
             QStringLiteral("--cluster"), QStringLiteral("prod"), QStringLiteral("--username"), QStringLiteral("billing-svc"),
             QStringLiteral("--secret-env"), QStringLiteral("APP_SECRET")},
            split("vault cluster-secret set prod --secret-env APP_SECRET"),
        };
        for (const QStringList &args : setup) {
            const Test::CliRun r = cli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + text(r.err)));
        }
    }

    // ---- help ------------------------------------------------------------------------------

    void helpOfEveryCommand_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("mentions");   // options, or subcommands of a group
        auto row = [](const char *path, const char *mentions) { QTest::newRow(path) << QString::fromLatin1(path) << split(mentions); };
        row("app", "add list remove principal");
        row("app add", "NAME --team --description --principal");
        row("app list", "--json");
        row("app remove", "NAME");
        row("app principal", "NAME PRINCIPAL --cluster");
        row("approve", "ID --comment --create-topic --partitions --provision --force --json --passphrase-fd");
        row("channel", "add list bind rebind unbind history remove");
        row("channel add", "URI --description --team");
        row("channel list", "--json");
        row("channel bind", "URI --env --cluster --topic --force");
        row("channel rebind", "URI --env --cluster --topic --force --passphrase-fd");
        row("channel unbind", "URI --env");
        row("channel history", "[URI] --json");
        row("channel remove", "URI");
        row("cluster", "add list remove");
        row("cluster add", "NAME --bootstrap --env --property --label");
        row("cluster list", "--json");
        row("cluster remove", "NAME");
        row("completion", "SHELL bash");
        row("crawl", "[NAME...] --skip --connect-timeout --passphrase-fd");
        row("credential", "set rotate revoke list");
        row("credential set", "--app --cluster --username --mechanism --secret-fd --secret-env --passphrase-fd");
        row("credential rotate", "--app --cluster --username --grace --generate --secret-fd --secret-env");
        row("credential revoke", "--app --cluster --version");
        row("credential list", "--app --json");
        row("decline", "ID --reason");
        row("describe", "NAME --cluster --owner --text");
        row("drift", "--cluster --crawled --json --passphrase-fd");
        row("grant", "add list revoke provision");
        row("grant add", "APP CHANNEL --intent --group --group-prefix --provision --passphrase-fd");
        row("grant list", "--app --channel --all --json");
        row("grant revoke", "ID --keep-acls-on-error");
        row("grant provision", "ID --passphrase-fd");
        row("help", "[COMMAND] [SUBCOMMAND]");
        row("profile", "list show add set copy remove validate history");
        row("profile list", "--json");
        row("profile show", "NAME --json");
        row("profile add", "NAME --role --description --property --reason --unset");
        row("profile set", "NAME --role --description --property --reason --unset");
        row("profile copy", "FROM TO");
        row("profile remove", "NAME");
        row("profile validate", "[NAME] --role --property");
        row("profile history", "NAME --json");
        row("request", "APP CHANNEL --intent --group --group-prefix --justification --env --cluster --topic --json");
        row("requests", "--state --json");
        row("resolve", "APP URI --intent --env --group --json");
        row("role", "show set");
        row("role show", "--help");
        row("role set", "ROLE platform-engineer developer");
        row("router", "add list remove push auto-push bundle-lifetime portal-key");
        row("router add", "NAME URL PUBLIC_KEY --ca-file");
        row("router list", "--json");
        row("router remove", "NAME");
        row("router push", "[NAME] --ttl --attempts --passphrase-fd");
        row("router auto-push", "MODE on off status");
        row("router bundle-lifetime", "[DURATION]");
        row("router portal-key", "--passphrase-fd");
        row("rule", "add list remove");
        row("rule add", "--env --host --path --topic --cluster --description");
        row("rule list", "--json");
        row("rule remove", "ID");
        row("search", "QUERY... --cluster --env --tag --limit --json");
        row("snippet", "--app --channel --profile --format --env --reveal --cluster --topic --group --router-url --issue-token --out");
        row("tag", "NAME --cluster --add --remove");
        row("token", "issue revoke list");
        row("token issue", "--app --label --expires-in --json --passphrase-fd");
        row("token revoke", "[ID] --app");
        row("token list", "--app --json");
        row("topic", "NAME --cluster --json");
        row("topics", "--cluster --env --tag --include-deleted --json");
        row("vault", "init status change-passphrase keychain cluster-secret");
        row("vault init", "--keychain --passphrase-fd");
        row("vault status", "--json --passphrase-fd");
        row("vault change-passphrase", "--passphrase-fd --new-passphrase-fd");
        row("vault keychain", "MODE on off");
        row("vault cluster-secret", "ACTION CLUSTER set clear list --property --secret-fd --secret-env --json");
        row("withdraw", "ID");
        row("workspace", "create join enroll status members sync leave");
        row("workspace create", "NAME --cluster --principal --replication-factor --passphrase-fd");
        row("workspace join", "NAME --cluster --principal --passphrase-fd");
        row("workspace enroll", "PRINCIPAL --role --replication-factor --passphrase-fd");
        row("workspace status", "--json");
        row("workspace members", "--json");
        row("workspace sync", "--passphrase-fd");
        row("workspace leave", "--discard-outbox");
    }

    void helpOfEveryCommand()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, mentions);
        const QStringList words = path.split(QLatin1Char(' '));
        const Test::CliRun viaOption = cli(words + QStringList{QStringLiteral("--help")});
        QCOMPARE(viaOption.exitCode, 0);
        const QString help = text(viaOption.out);
        QVERIFY2(help.startsWith(QStringLiteral("Usage: switchboard-cli %1").arg(path)), qPrintable(help));
        for (const QString &m : mentions)
            QVERIFY2(help.contains(m), qPrintable(QStringLiteral("%1 --help does not mention %2:\n%3").arg(path, m, help)));
        if (words.size() == 2 || mentions.first().startsWith(QLatin1Char('-')) || mentions.first().at(0).isUpper()
            || mentions.first().startsWith(QLatin1Char('['))) {
            QVERIFY2(help.contains(QLatin1String("-h, --help")), qPrintable(help));
        }
        // "help CMD [SUB]" says the same; -h too.
        const Test::CliRun viaHelp = cli(QStringList{QStringLiteral("help")} + words);
        QCOMPARE(viaHelp.exitCode, 0);
        QCOMPARE(text(viaHelp.out), help);
        QCOMPARE(text(cli(words + QStringList{QStringLiteral("-h")}).out), help);
    }

    // A new command or subcommand must get a row in helpOfEveryCommand: the lists below are those rows.
    void helpCoversTheCommandList()
    {
        QSet<QString> rows;
        {
            // The rows of helpOfEveryCommand, read back through a fresh data table.
            const QStringList known = split(
                "app approve channel cluster completion crawl credential decline describe drift grant help profile request "
                "requests resolve role router rule search snippet tag token topic topics vault withdraw workspace");
            rows = QSet<QString>(known.begin(), known.end());
        }
        const QStringList listed = commandsOfOverview();
        QVERIFY2(listed.size() >= 25, qPrintable(listed.join(QLatin1Char(','))));
        QCOMPARE(QSet<QString>(listed.begin(), listed.end()), rows);
        // Each group's subcommands, as its --help lists them.
        const QMap<QString, QStringList> groups{
            {QStringLiteral("app"), split("add list remove principal")},
            {QStringLiteral("channel"), split("add list bind rebind unbind history remove")},
            {QStringLiteral("cluster"), split("add list remove")},
            {QStringLiteral("credential"), split("set rotate revoke list")},
            {QStringLiteral("grant"), split("add list revoke provision")},
            {QStringLiteral("profile"), split("list show add set copy remove validate history")},
            {QStringLiteral("role"), split("show set")},
            {QStringLiteral("router"), split("add list remove push auto-push bundle-lifetime portal-key")},
            {QStringLiteral("rule"), split("add list remove")},
            {QStringLiteral("token"), split("issue revoke list")},
            {QStringLiteral("vault"), split("init status change-passphrase keychain cluster-secret")},
            {QStringLiteral("workspace"), split("create join enroll status members sync leave")},
        };
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const QString help = text(cli({it.key(), QStringLiteral("--help")}).out);
            QStringList subs;
            bool in = false;
            for (const QString &line : help.split(QLatin1Char('\n'))) {
                if (line == QLatin1String("Subcommands:"))
                    in = true;
                else if (in && line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")))
                    subs << line.trimmed().section(QLatin1Char(' '), 0, 0);
                else if (in && line.isEmpty())
                    break;
            }
            QCOMPARE(subs, it.value());
        }
    }

    // ---- refusals ----------------------------------------------------------------------------

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *args, const char *message) {
            QTest::newRow(name) << split(args) << QString::fromLatin1(message);
        };
        row("unknown command", "frobnicate", "unknown command \"frobnicate\"");
        row("unknown global option", "--frobnicate", "unknown option --frobnicate");
        row("unknown subcommand", "grant frob", "grant has no subcommand \"frob\"; it has add, list, revoke, provision");
        row("missing subcommand", "grant", "grant needs a subcommand: add, list, revoke, provision");
        row("unknown option", "crawl --frob", "crawl: Unknown option 'frob'");
        row("unknown option of a subcommand", "token list --frob", "token list: Unknown option 'frob'");
        row("too many arguments", "cluster remove a b", "cluster remove takes NAME, not 2 arguments");
        row("too few arguments", "resolve billing", "resolve takes APP URI, not 1 argument");
        row("arguments where none are taken", "topics x", "topics takes no arguments besides its options, not 1 argument");
        row("missing required option", "topic orders", "topic needs --cluster NAME");
        row("missing required option of a subcommand", "cluster add x", "cluster add needs --bootstrap HOST:PORT[,...]");
        row("bad choice", "requests --state maybe", "--state: \"maybe\" is not one of pending, approved, declined, withdrawn");
        row("bad choice argument", "router auto-push sometimes", "MODE: \"sometimes\" is not one of on, off, status");
        row("bad role", "role set admin", "ROLE: \"admin\" is not one of platform-engineer, developer");
        row("help of an unknown command", "help frobnicate", "unknown command \"frobnicate\"");
        row("token for an unknown application", "token issue --app no-such-app",
            "No application named \"no-such-app\"");
        row("port overflow in a URL", "router add r http://router:18446744073709551617 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "the port \"18446744073709551617\" is not a number from 1 to 65535");
        row("port 0 in a URL", "router add r https://router:0 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "the port \"0\" is not a number from 1 to 65535");
        row("port overflow in bootstrap servers", "cluster add big --bootstrap k1:99999", "port 99999 is out of range (1-65535)");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Test::CliRun r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(text(r.err).contains(message), qPrintable(text(r.err)));
        QVERIFY2(text(r.err).startsWith(QLatin1String("switchboard-cli: ")), qPrintable(text(r.err)));
    }

    void noCommandPrintsTheOverview()
    {
        const Test::CliRun r = cli({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(text(r.err).contains(QLatin1String("Usage: switchboard-cli")));
    }

    void noTokenForAnUnknownApplication()
    {
        const Test::CliRun refused = cli(split("token issue --app no-such-app --json"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.isEmpty());
        const QJsonArray tokens = QJsonDocument::fromJson(cli(split("token list --json")).out).array();
        for (const QJsonValue &t : tokens)
            QVERIFY(t.toObject().value(QLatin1String("application")).toString() != QLatin1String("no-such-app"));
    }

    // ---- numbers ---------------------------------------------------------------------------

    void numbers_data()
    {
        QTest::addColumn<QStringList>("args");     // the command, with %1 where the value goes
        QTest::addColumn<QString>("name");         // what the message names
        QTest::addColumn<QString>("range");        // the accepted range it states
        struct Option {
            const char *tag;
            const char *args;
            const char *name;
            const char *range;
        };
        const Option options[] = {
            {"token issue --expires-in", "token issue --app billing --expires-in %1", "--expires-in", "from 1s to 3650d"},
            {"credential rotate --grace", "credential rotate --app billing --cluster prod --generate --grace %1", "--grace", "from 0s to 365d"},
            {"credential revoke --version", "credential revoke --app billing --cluster prod --version %1", "--version", "from 1 to 2147483647"},
            {"router push --ttl", "router push --ttl %1", "--ttl", "from 0 to 604800"},
            {"router push --attempts", "router push --attempts %1", "--attempts", "from 1 to 20"},
            {"search --limit", "search orders --limit %1", "--limit", "from 1 to 10000"},
            {"crawl --connect-timeout", "crawl prod --connect-timeout %1", "--connect-timeout", "from 1 to 600"},
            {"approve --partitions", "approve 12345678 --partitions %1", "--partitions", "from 1 to 100000"},
            {"vault status --passphrase-fd", "vault status --passphrase-fd %1", "--passphrase-fd", "from 0 to 2147483647"},
            {"vault change-passphrase --new-passphrase-fd", "vault change-passphrase --new-passphrase-fd %1", "--new-passphrase-fd",
             "from 0 to 2147483647"},
            {"credential set --secret-fd", "credential set --app billing --cluster prod --username u --secret-fd %1", "--secret-fd",
             "from 0 to 2147483647"},
            {"rule remove ID", "rule remove %1", "ID", "from 1"},
            {"grant revoke ID", "grant revoke %1", "ID", "from 1"},
            {"token revoke ID", "token revoke %1", "ID", "from 1"},
        };
        const char *values[][2] = {{"overflow", "99999999999999999999"}, {"negative", "-5"}, {"garbage", "12abc"},
                                   {"empty", ""}, {"fraction", "1.5"}};
        for (const Option &o : options) {
            for (const auto &v : values) {
                QStringList args = split(o.args);
                args.replaceInStrings(QStringLiteral("%1"), QString::fromLatin1(v[1]));
                QTest::addRow("%s %s", o.tag, v[0]) << args << QString::fromLatin1(o.name) << QString::fromLatin1(o.range);
            }
        }
        // The cases issue 19 found: a token that never expires, a TTL that became 0.
        QTest::newRow("token issue --expires-in 99999999999999d")
            << split("token issue --app billing --expires-in 99999999999999d") << QStringLiteral("--expires-in")
            << QStringLiteral("at most 10 years");
        QTest::newRow("token issue --expires-in 3651d") << split("token issue --app billing --expires-in 3651d")
                                                         << QStringLiteral("--expires-in") << QStringLiteral("3650d");
        QTest::newRow("router push --ttl 99999999999999999999") << split("router push --ttl 99999999999999999999")
                                                                 << QStringLiteral("--ttl") << QStringLiteral("604800");
        QTest::newRow("router push --ttl 604801") << split("router push --ttl 604801") << QStringLiteral("--ttl")
                                                   << QStringLiteral("604800");
        QTest::newRow("--ttl=-1") << split("router push --ttl=-1") << QStringLiteral("--ttl") << QStringLiteral("604800");
        QTest::newRow("--grace 2y") << split("credential rotate --app billing --cluster prod --generate --grace 2y")
                                    << QStringLiteral("--grace") << QStringLiteral("e.g. 90s, 15m, 24h, 7d");
    }

    void numbers()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, name);
        QFETCH(QString, range);
        const Test::CliRun r = cli(args);
        QCOMPARE(r.exitCode, 1);
        const QString err = text(r.err);
        QVERIFY2(err.contains(name + QStringLiteral(": \"")), qPrintable(err));
        QVERIFY2(err.contains(range), qPrintable(err));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }

    void numbersInRangeAreTaken()
    {
        Test::CliRun r = cli(split("token issue --app billing --expires-in 3650d --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 id = QJsonDocument::fromJson(r.out).object().value(QLatin1String("id")).toInteger();
        r = cli(split("token issue --app billing --expires-in 90m --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 shortId = QJsonDocument::fromJson(r.out).object().value(QLatin1String("id")).toInteger();
        const QJsonArray tokens = QJsonDocument::fromJson(cli(split("token list --json")).out).array();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int seen = 0;
        for (const QJsonValue &v : tokens) {
            const QJsonObject t = v.toObject();
            const QDateTime expires = QDateTime::fromString(t.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
            if (t.value(QLatin1String("id")).toInteger() == id) {
                QVERIFY(expires.isValid());
                QVERIFY(qAbs(now.daysTo(expires) - 3650) <= 1);
                ++seen;
            } else if (t.value(QLatin1String("id")).toInteger() == shortId) {
                QVERIFY(qAbs(now.secsTo(expires) - 90 * 60) < 120);
                ++seen;
            }
        }
        QCOMPARE(seen, 2);
        r = cli(split("search orders --limit 10000 --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // ---- --json ----------------------------------------------------------------------------

    void jsonOnEveryListingCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        for (const char *args : {"cluster list", "topics", "search orders", "app list", "channel list", "channel history",
                                 "rule list", "grant list", "requests", "credential list", "token list", "router list",
                                 "profile list", "profile show mine", "profile history mine", "vault status",
                                 "vault cluster-secret list prod", "drift --crawled"})
            QTest::newRow(args) << split(args);
    }

    void jsonOnEveryListingCommand()
    {
        QFETCH(QStringList, args);
        const Test::CliRun json = cli(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && !doc.isNull(), qPrintable(error.errorString() + text(json.out)));
        // The table: one printer for all, no blanks at the ends of lines.
        const Test::CliRun table = cli(args);
        QVERIFY2(table.exitCode == 0, table.err.constData());
        for (const QString &line : text(table.out).split(QLatin1Char('\n')))
            QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(QStringLiteral("trailing blank: \"%1\"").arg(line)));
    }

    void tablesAreAligned()
    {
        // token list and credential list had hand-made columns; the shared printer aligns them.
        const QStringList lines = text(cli(split("credential list")).out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines.first().startsWith(QLatin1String("APPLICATION  CLUSTER  VERSION")));
        QCOMPARE(lines.at(1).indexOf(QLatin1String("prod")), lines.first().indexOf(QLatin1String("CLUSTER")));
    }

    // ---- completion --------------------------------------------------------------------------

    void completion_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, QStringList words, const char *expected) { QTest::newRow(name) << words << split(expected); };
        row("commands", {"switchboard-cli", "gr"}, "grant");
        row("after --catalog", {"switchboard-cli", "--catalog", "c.sqlite", "tok"}, "token");
        row("global options", {"switchboard-cli", "--v"}, "--version");
        row("subcommands", {"switchboard-cli", "grant", ""}, "add list provision revoke");
        row("options of a subcommand", {"switchboard-cli", "grant", "add", "--in"}, "--intent");
        row("choices of an option", {"switchboard-cli", "grant", "add", "a", "b", "--intent", ""}, "consume produce");
        row("choices of an argument", {"switchboard-cli", "router", "auto-push", ""}, "off on status");
        row("a number is typed, not completed", {"switchboard-cli", "router", "push", "--ttl", ""}, "");
        row("files", {"switchboard-cli", "snippet", "--out", "ex"}, "export.txt");
        row("role", {"switchboard-cli", "role", ""}, "set show");
        row("help", {"switchboard-cli", "help", "cr"}, "crawl credential");
        row("options of a command", {"switchboard-cli", "topics", "--i"}, "--include-deleted");
    }

    void completion()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        const Test::CliRun r = cli(split("completion bash"));
        QCOMPARE(r.exitCode, 0);
        QTemporaryDir dir;
        QFile script(dir.filePath(QStringLiteral("switchboard-cli.bash")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(r.out);
        script.close();
        QFile sample(dir.filePath(QStringLiteral("export.txt")));
        QVERIFY(sample.open(QIODevice::WriteOnly));
        sample.close();
        QCOMPARE(complete(script.fileName(), words, dir.path()), expected);
    }

    // ---- man pages ---------------------------------------------------------------------------

    void manPageOfTheCli()
    {
        const Test::CliRun r = cli({QStringLiteral("--man")});
        QCOMPARE(r.exitCode, 0);
        const QString roff = text(r.out);
        QVERIFY2(roff.contains(QLatin1String(".TH SWITCHBOARD-CLI 1")), qPrintable(roff.left(300)));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("switchboard-cli.1"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out);
        f.close();
        const QString page = manRender(file);
        QVERIFY2(page.contains(QLatin1String("switchboard-cli - the command-line tool")), qPrintable(page.left(500)));
        auto roffText = [](QString t) { return t.replace(QLatin1Char('-'), QLatin1String("\\-")); };
        for (const QString &c : commandsOfOverview())
            QVERIFY2(roff.contains(QStringLiteral(".SS \"%1").arg(roffText(c))), qPrintable(c));
        for (const char *sub : {"grant add", "token issue", "router push", "router auto-push", "vault cluster-secret"})
            QVERIFY2(roff.contains(QStringLiteral(".SS \"%1").arg(roffText(QLatin1String(sub)))), sub);
        // Options as the reader sees them, with their ranges.
        QVERIFY2(page.contains(QLatin1String("--ttl SECONDS")), qPrintable(page));
        QVERIFY(roff.contains(QLatin1String("a whole number from 0 to 604800")));
        QVERIFY(page.contains(QLatin1String("SWITCHBOARD_CATALOG")));
    }

    void manPageOfTheRouter()
    {
        const Test::CliRun r = Test::runProcess(QStringLiteral(SWITCHBOARD_ROUTER), {QStringLiteral("--man")}, {});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(".\\\" Generated"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("switchboard-router.1"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out);
        f.close();
        const QString page = manRender(file);
        QVERIFY2(page.contains(QLatin1String("switchboard-router - Switchboard's routing service")), qPrintable(page.left(500)));
        // Every option of --help is in the page.
        const QString help = text(Test::runProcess(QStringLiteral(SWITCHBOARD_ROUTER), {QStringLiteral("--help")}, {}).out);
        static const QRegularExpression optionName(QStringLiteral("^  (?:-\\w, )?(--[\\w-]+)"), QRegularExpression::MultilineOption);
        int count = 0;
        for (auto it = optionName.globalMatch(help); it.hasNext();) {
            const QString option = it.next().captured(1);
            QVERIFY2(page.contains(option), qPrintable(option));
            ++count;
        }
        QVERIFY2(count >= 10, qPrintable(help));
        QVERIFY(page.contains(QLatin1String("keygen --out FILE")));
    }

    void manPagesAreBuilt()
    {
        // The build writes both into share/man/man1 (what install() picks up).
        const QString dir = qEnvironmentVariable("SWITCHBOARD_BINARY_DIR") + QStringLiteral("/share/man/man1/");
        for (const char *name : {"switchboard-cli.1", "switchboard-router.1"}) {
            QFile page(dir + QLatin1String(name));
            QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
            QVERIFY(page.readAll().startsWith(".\\\" Generated"));
        }
    }

    // ---- secrets in files --------------------------------------------------------------------

    void exportsWithSecretsAre0600()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("billing.conf"));
        // An existing, world-readable file of that name, and a permissive umask.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\n");
        old.close();
        QVERIFY(::chmod(path.toLocal8Bit().constData(), 0644) == 0);
        const mode_t saved = ::umask(0);
        const Test::CliRun r = cli({QStringLiteral("snippet"), QStringLiteral("--app"), QStringLiteral("billing"),
                                    QStringLiteral("--profile"), QStringLiteral("durableWrite"), QStringLiteral("--format"),
                                    QStringLiteral("librdkafka"), QStringLiteral("--cluster"), QStringLiteral("prod"),
                                    QStringLiteral("--topic"), QStringLiteral("invoices"), QStringLiteral("--reveal"),
                                    QStringLiteral("--out"), path});
        ::umask(saved);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY2(written.readAll().contains(kSecret), "the export should hold the revealed secret");
        struct stat st{};
        QVERIFY(::stat(path.toLocal8Bit().constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QVERIFY(!r.out.contains(kSecret) && !r.err.contains(kSecret));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
