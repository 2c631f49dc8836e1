#include "Dispatcher.h"

#include "AutoPush.h"
#include "Command.h"
#include "CommandDocs.h"
#include "core/Version.h"

#include <QRegularExpression>

namespace Switchboard::Cli {

namespace {

bool isHelp(const QString &word) { return word == QLatin1String("-h") || word == QLatin1String("--help"); }

QString seeHelp(const QString &path) { return QObject::tr("see switchboard-cli help %1").arg(path); }

QString subcommandNames(const CommandSpec &command)
{
    QStringList names;
    for (const CommandSpec &c : command.subcommands)
        names << c.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

int Dispatcher::run(const QStringList &arguments)
{
    QStringList args = arguments;
    QString catalogPath = qEnvironmentVariable("SWITCHBOARD_CATALOG", Database::defaultPath());
    Context probe(catalogPath);

    // Global options end at the first word that is not one.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (isHelp(option)) {
            probe.out() << CommandDocs::overview();
            return 0;
        }
        if (option == QLatin1String("-v") || option == QLatin1String("--version")) {
            probe.out() << "switchboard-cli " << kVersion << Qt::endl;
            return 0;
        }
        if (option == QLatin1String("--man")) {
            probe.out() << CommandDocs::manPage();
            return 0;
        }
        if (option == QLatin1String("--catalog") || option.startsWith(QLatin1String("--catalog="))) {
            if (option.contains(QLatin1Char('='))) {
                catalogPath = option.section(QLatin1Char('='), 1);
            } else if (args.isEmpty()) {
                return probe.fail(QObject::tr("--catalog needs a file name"));
            } else {
                catalogPath = args.takeFirst();
            }
            continue;
        }
        return probe.fail(QObject::tr("unknown option %1 (see --help)").arg(option));
    }
    if (args.isEmpty()) {
        probe.err() << CommandDocs::overview();
        return 2;
    }

    const QString name = args.takeFirst();
    const CommandSpec *command = findCommand(name);
    if (!command)
        return probe.fail(QObject::tr("unknown command \"%1\" (see --help)").arg(name));
    QString path = command->name;
    if (command->hasSubcommands()) {
        const QString word = args.value(0);
        if (isHelp(word)) {
            probe.out() << CommandDocs::help(*command, path);
            return 0;
        }
        const CommandSpec *sub = nullptr;
        if (word.isEmpty() || word.startsWith(QLatin1Char('-'))) {
            sub = command->findSubcommand(command->defaultSubcommand);
            if (!sub)
                return probe.fail(QObject::tr("%1 needs a subcommand: %2 (%3)").arg(path, subcommandNames(*command), seeHelp(path)));
        } else {
            sub = command->findSubcommand(word);
            if (!sub)
                return probe.fail(QObject::tr("%1 has no subcommand \"%2\"; it has %3 (%4)")
                                      .arg(path, word, subcommandNames(*command), seeHelp(path)));
            args.removeFirst();
        }
        path += QLatin1Char(' ') + sub->name;
        return runCommand(*sub, path, command->name, args, catalogPath);
    }
    return runCommand(*command, path, command->name, args, catalogPath);
}

int Dispatcher::runCommand(const CommandSpec &command, const QString &path, const QString &topName, const QStringList &args,
                           const QString &catalogPath)
{
    Context ctx(catalogPath);
    Arguments parser;
    const QList<OptionSpec> options = command.allOptions();
    for (const OptionSpec &o : options) {
        QCommandLineOption option(o.names, tr(o.description), o.valueName, o.defaultValue);
        parser.addOption(option);
    }
    // "-5" where an argument goes is a negative number, not an unknown option "5": check it as
    // the argument it is, so the message names the argument and its range.
    {
        qsizetype positionalSoFar = 0;
        bool valueExpected = false;
        for (const QString &a : args) {
            if (valueExpected) {
                valueExpected = false;
                continue;
            }
            if (a == QLatin1String("--"))
                break;
            static const QRegularExpression negative(QStringLiteral("^-[0-9.]"));
            if (a.startsWith(QLatin1Char('-')) && !negative.match(a).hasMatch()) {
                const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
                for (const OptionSpec &o : options)
                    valueExpected = valueExpected || (!o.isFlag() && !name.contains(QLatin1Char('=')) && o.names.contains(name));
                continue;
            }
            if (a.startsWith(QLatin1Char('-')) && !command.arguments.isEmpty()) {
                const ArgumentSpec &spec = command.arguments.at(std::min(positionalSoFar, command.arguments.size() - 1));
                if (auto checked = spec.value.check(spec.name, a); !checked)
                    return ctx.fail(checked.error());
            }
            ++positionalSoFar;
        }
    }
    if (!parser.parse(QStringList{path} + args))
        return ctx.fail(QStringLiteral("%1: %2 (%3)").arg(path, parser.errorText(), seeHelp(path)));
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out() << CommandDocs::help(command, path);
        return 0;
    }

    const QStringList positional = parser.positionalArguments();
    const qsizetype min = command.minArguments();
    const qsizetype max = command.maxArguments();
    if (positional.size() < min || (max >= 0 && positional.size() > max)) {
        QStringList expected;
        for (const ArgumentSpec &a : command.arguments)
            expected << a.label();
        const QString wanted = expected.isEmpty() ? QObject::tr("no arguments besides its options") : expected.join(QLatin1Char(' '));
        const QString given = positional.size() == 1 ? QObject::tr("1 argument") : QObject::tr("%1 arguments").arg(positional.size());
        return ctx.fail(QObject::tr("%1 takes %2, not %3 (%4)").arg(path, wanted, given, seeHelp(path)));
    }
    for (const OptionSpec &o : options) {
        if (o.required && !parser.isSet(o.name()))
            return ctx.fail(QObject::tr("%1 needs %2 (%3)").arg(path, o.label(), seeHelp(path)));
    }

    // Every number, duration, descriptor and choice is checked here, for every command: a value
    // out of range is refused with the option's name and the range, never wrapped or made zero.
    for (const OptionSpec &o : options) {
        if (o.isFlag() || o.value.kind == ValueKind::Text || o.value.kind == ValueKind::File || !parser.isSet(o.name()))
            continue;
        for (const QString &v : parser.values(o.name())) {
            auto checked = o.value.check(QStringLiteral("--") + o.name(), v);
            if (!checked)
                return ctx.fail(checked.error());
            parser.m_numbers.insert(o.name(), *checked);
        }
    }
    for (qsizetype i = 0; i < positional.size() && !command.arguments.isEmpty(); ++i) {
        const ArgumentSpec &a = command.arguments.at(std::min(i, command.arguments.size() - 1));
        if (a.value.kind == ValueKind::Text || a.value.kind == ValueKind::File)
            continue;
        if (auto checked = a.value.check(a.name, positional.at(i)); !checked)
            return ctx.fail(checked.error());
    }

    if (command.needs != Needs::Nothing) {
        if (auto db = ctx.catalog(); !db)
            return ctx.fail(db.error());
    }
    const int status = command.run(ctx, parser);
    // Also after a failure: a command may have changed the catalog before it failed (a
    // re-binding whose ACLs could not follow); the hook pushes only what changed.
    autoPushAfterCommand(ctx, topName);
    return status;
}

} // namespace Switchboard::Cli
