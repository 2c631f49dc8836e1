#include "CommandDocs.h"

#include "Command.h"
#include "common/ManPage.h"
#include "core/Version.h"

#include <algorithm>

namespace Switchboard::Cli {

namespace {

const char *kAbout = QT_TRANSLATE_NOOP("Cli", "Switchboard's command-line tool: register and crawl Kafka clusters, browse and curate "
                                              "the catalog, manage channels, requests, profiles, the vault and routing services.");

QList<const CommandSpec *> sortedCommands()
{
    QList<const CommandSpec *> list;
    for (const CommandSpec &c : registry())
        list << &c;
    std::sort(list.begin(), list.end(), [](const CommandSpec *a, const CommandSpec *b) { return a->name < b->name; });
    return list;
}

// "(a whole number from 0 to 86400; default 300; repeatable)"
QString optionNotes(const OptionSpec &o)
{
    QStringList notes;
    if (const QString range = o.value.rangeText(); !range.isEmpty())
        notes << range;
    if (!o.defaultValue.isEmpty())
        notes << QObject::tr("default %1").arg(o.defaultValue);
    if (o.required)
        notes << QObject::tr("required");
    if (o.repeatable)
        notes << QObject::tr("repeatable");
    return notes.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(notes.join(QStringLiteral("; ")));
}

QString argumentNotes(const ArgumentSpec &a)
{
    const QString range = a.value.rangeText();
    return range.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(range);
}

QString needsText(const CommandSpec &c)
{
    switch (c.needs) {
    case Needs::Nothing:
        return {};
    case Needs::Catalog:
        return QObject::tr("Works on the catalog (--catalog FILE or $SWITCHBOARD_CATALOG).");
    case Needs::Vault:
        return QObject::tr("Works on the catalog (--catalog FILE or $SWITCHBOARD_CATALOG) and unlocks its vault when it needs "
                           "a secret (--passphrase-fd N, $SWITCHBOARD_VAULT_PASSPHRASE_FD, $SWITCHBOARD_VAULT_PASSPHRASE, the "
                           "OS keychain or a prompt).");
    }
    return {};
}

// Two columns: a term and its description, the description on the next line when the term is long.
void twoColumns(QString &out, const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[term, text] : rows)
        width = std::max(width, std::min<qsizetype>(term.size(), 30));
    for (const auto &[term, text] : rows) {
        if (term.size() > 30)
            out += QStringLiteral("  %1\n  %2  %3\n").arg(term, QString(width, QLatin1Char(' ')), text);
        else
            out += QStringLiteral("  %1  %2\n").arg(term.leftJustified(width), text);
    }
}

// Every (key, command) pair the completion and the man page walk: "cluster" has no handler of
// its own, "cluster add" has.
struct Leaf {
    QString path;
    const CommandSpec *command;
};

QList<Leaf> leaves()
{
    QList<Leaf> list;
    for (const CommandSpec *c : sortedCommands()) {
        if (!c->hasSubcommands()) {
            list.append({c->name, c});
            continue;
        }
        for (const CommandSpec &s : c->subcommands)
            list.append({c->name + QLatin1Char(' ') + s.name, &s});
    }
    return list;
}

QString words(const QStringList &list) { return list.join(QLatin1Char(' ')); }

} // namespace

QString CommandDocs::overview()
{
    QString out;
    out += QObject::tr("Usage: switchboard-cli [--catalog FILE] COMMAND [ARGS...]") + QStringLiteral("\n\n");
    out += tr(kAbout) + QStringLiteral("\n\n");
    out += QObject::tr("Options:") + QLatin1Char('\n');
    twoColumns(out, {{QStringLiteral("--catalog FILE"), QObject::tr("the catalog file (default: %1, or $SWITCHBOARD_CATALOG)")
                                                            .arg(Database::defaultPath())},
                     {QStringLiteral("-h, --help"), QObject::tr("show this help")},
                     {QStringLiteral("-v, --version"), QObject::tr("show the version")},
                     {QStringLiteral("--man"), QObject::tr("print the manual page (roff; man -l - reads it)")}});
    out += QLatin1Char('\n') + QObject::tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec *c : sortedCommands())
        out += QStringLiteral("  %1 %2\n      %3\n").arg(c->name, c->usage(), tr(c->summary));
    out += QLatin1Char('\n')
         + QObject::tr("\"switchboard-cli help COMMAND [SUBCOMMAND]\" or \"COMMAND --help\" shows a command's arguments and options.")
         + QLatin1Char('\n');
    return out;
}

QString CommandDocs::help(const CommandSpec &command, const QString &path)
{
    QString out;
    out += QObject::tr("Usage: switchboard-cli %1 %2").arg(path, command.usage()).trimmed() + QStringLiteral("\n\n");
    out += tr(command.summary) + QLatin1Char('\n');
    if (command.details)
        out += QLatin1Char('\n') + tr(command.details) + QLatin1Char('\n');
    if (command.hasSubcommands()) {
        out += QLatin1Char('\n') + QObject::tr("Subcommands:") + QLatin1Char('\n');
        for (const CommandSpec &s : command.subcommands) {
            QString name = s.name;
            if (s.name == command.defaultSubcommand)
                name += QObject::tr(" (the default)");
            out += QStringLiteral("  %1 %2\n      %3\n").arg(name, s.usage(), tr(s.summary));
        }
        out += QLatin1Char('\n') + QObject::tr("\"switchboard-cli help %1 SUBCOMMAND\" shows a subcommand's arguments and options.")
                                       .arg(path)
             + QLatin1Char('\n');
        return out;
    }
    if (!command.arguments.isEmpty()) {
        out += QLatin1Char('\n') + QObject::tr("Arguments:") + QLatin1Char('\n');
        QList<std::pair<QString, QString>> rows;
        for (const ArgumentSpec &a : command.arguments)
            rows.append({a.label(), tr(a.description) + argumentNotes(a)});
        twoColumns(out, rows);
    }
    out += QLatin1Char('\n') + QObject::tr("Options:") + QLatin1Char('\n');
    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec &o : command.allOptions())
        rows.append({o.label(), tr(o.description) + optionNotes(o)});
    twoColumns(out, rows);
    if (const QString needs = needsText(command); !needs.isEmpty())
        out += QLatin1Char('\n') + needs + QLatin1Char('\n');
    return out;
}

QString CommandDocs::bashCompletion()
{
    QStringList commandNames;
    QStringList withSubcommands;
    for (const CommandSpec *c : sortedCommands()) {
        commandNames << c->name;
        if (c->hasSubcommands())
            withSubcommands << c->name;
    }
    const QList<Leaf> all = leaves();

    QString s;
    s += QStringLiteral("# bash completion for switchboard-cli, generated by \"switchboard-cli completion bash\".\n"
                        "# Install: switchboard-cli completion bash > ~/.local/share/bash-completion/completions/switchboard-cli\n"
                        "_switchboard_cli() {\n"
                        "    local cur prev cmd='' sub='' cmdpos=0 i=1 w key\n"
                        "    COMPREPLY=()\n"
                        "    cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
                        "    prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                        "    while [ \"$i\" -lt \"$COMP_CWORD\" ]; do\n"
                        "        w=\"${COMP_WORDS[i]}\"\n"
                        "        if [ -z \"$cmd\" ]; then\n"
                        "            case \"$w\" in\n"
                        "                --catalog) i=$((i + 2)); continue ;;\n"
                        "                -*) i=$((i + 1)); continue ;;\n"
                        "            esac\n"
                        "            cmd=\"$w\"; cmdpos=$i\n"
                        "        elif [ \"$i\" -eq $((cmdpos + 1)) ]; then\n"
                        "            case \"$cmd\" in\n");
    s += QStringLiteral("                %1) case \"$w\" in -*) ;; *) sub=\"$w\" ;; esac ;;\n").arg(withSubcommands.join(QLatin1Char('|')));
    s += QStringLiteral("            esac\n"
                        "        fi\n"
                        "        i=$((i + 1))\n"
                        "    done\n"
                        "    if [ -z \"$cmd\" ]; then\n"
                        "        case \"$prev\" in --catalog) COMPREPLY=($(compgen -f -- \"$cur\")); return 0 ;; esac\n"
                        "        case \"$cur\" in\n"
                        "            -*) COMPREPLY=($(compgen -W '--catalog --help --version --man' -- \"$cur\")) ;;\n");
    s += QStringLiteral("            *) COMPREPLY=($(compgen -W '%1' -- \"$cur\")) ;;\n").arg(words(commandNames));
    s += QStringLiteral("        esac\n"
                        "        return 0\n"
                        "    fi\n"
                        "    key=\"$cmd\"\n"
                        "    case \"$cmd\" in\n");
    for (const CommandSpec *c : sortedCommands()) {
        if (!c->hasSubcommands())
            continue;
        QStringList subs;
        for (const CommandSpec &sc : c->subcommands)
            subs << sc.name;
        s += QStringLiteral("        %1)\n"
                            "            if [ -z \"$sub\" ]; then\n"
                            "                case \"$cur\" in -*) ;; *) COMPREPLY=($(compgen -W '%2' -- \"$cur\")); return 0 ;; esac\n"
                            "                sub='%3'\n"
                            "            fi\n"
                            "            key=\"$cmd $sub\" ;;\n")
                 .arg(c->name, words(subs), c->defaultSubcommand);
    }
    s += QStringLiteral("    esac\n");

    // Values of options.
    s += QStringLiteral("    case \"$key|$prev\" in\n");
    for (const Leaf &leaf : all) {
        for (const OptionSpec &o : leaf.command->allOptions()) {
            if (o.isFlag())
                continue;
            QStringList patterns;
            for (const QString &n : o.names)
                patterns << QStringLiteral("\"%1|%2%3\"").arg(leaf.path, n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), n);
            QString action;
            if (o.value.kind == ValueKind::Choice)
                action = QStringLiteral("COMPREPLY=($(compgen -W '%1' -- \"$cur\"))").arg(words(o.value.choices));
            else if (o.value.kind == ValueKind::File)
                action = QStringLiteral("COMPREPLY=($(compgen -f -- \"$cur\"))");
            else
                action = QStringLiteral(":");   // a value to type: offer nothing
            s += QStringLiteral("        %1) %2; return 0 ;;\n").arg(patterns.join(QLatin1Char('|')), action);
        }
    }
    s += QStringLiteral("    esac\n");

    // Options, then positional choices.
    s += QStringLiteral("    case \"$cur\" in\n"
                        "        -*)\n"
                        "            case \"$key\" in\n");
    for (const Leaf &leaf : all) {
        QStringList options;
        for (const OptionSpec &o : leaf.command->allOptions()) {
            for (const QString &n : o.names)
                options << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        }
        s += QStringLiteral("                \"%1\") COMPREPLY=($(compgen -W '%2' -- \"$cur\")) ;;\n").arg(leaf.path, words(options));
    }
    s += QStringLiteral("            esac ;;\n"
                        "        *)\n"
                        "            case \"$key\" in\n");
    s += QStringLiteral("                \"help\") COMPREPLY=($(compgen -W '%1' -- \"$cur\")) ;;\n").arg(words(commandNames));
    for (const Leaf &leaf : all) {
        if (leaf.path == QLatin1String("help"))
            continue;
        for (const ArgumentSpec &a : leaf.command->arguments) {
            if (a.value.kind == ValueKind::Choice) {
                s += QStringLiteral("                \"%1\") COMPREPLY=($(compgen -W '%2' -- \"$cur\")) ;;\n").arg(leaf.path, words(a.value.choices));
                break;
            }
            if (a.value.kind == ValueKind::File) {
                s += QStringLiteral("                \"%1\") COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n").arg(leaf.path);
                break;
            }
        }
    }
    s += QStringLiteral("            esac ;;\n"
                        "    esac\n"
                        "    return 0\n"
                        "}\n"
                        "complete -F _switchboard_cli switchboard-cli\n");
    return s;
}

QString CommandDocs::manPage()
{
    ManPage::Page page;
    page.name = QStringLiteral("switchboard-cli");
    page.summary = QObject::tr("the command-line tool and automation interface of Switchboard");
    page.version = QString::fromLatin1(kVersion);
    page.synopsis = {QStringLiteral("[--catalog FILE] COMMAND [SUBCOMMAND] [ARGS...] [OPTIONS]"),
                     QStringLiteral("help COMMAND [SUBCOMMAND]"), QStringLiteral("--help | --version | --man")};

    ManPage::Section description{QObject::tr("DESCRIPTION"), {}, {}, {}};
    description.text = tr(kAbout) + QStringLiteral("\n\n")
                     + QObject::tr("Global options come before the command. Commands that list things take --json. Errors go to "
                                   "standard error with exit status 1. Numbers, durations and file descriptors are checked: a "
                                   "value out of range is refused with the option's name and the accepted range.");
    ManPage::Section options{QObject::tr("OPTIONS"), {}, {}, {}};
    options.entries = {{QStringLiteral("--catalog FILE"), QObject::tr("the catalog file (default: $XDG_DATA_HOME/switchboard/"
                                                                      "catalog.sqlite, or $SWITCHBOARD_CATALOG)")},
                       {QStringLiteral("-h, --help"), QObject::tr("show the list of commands")},
                       {QStringLiteral("-v, --version"), QObject::tr("show the version")},
                       {QStringLiteral("--man"), QObject::tr("print this manual page")}};

    ManPage::Section commands{QObject::tr("COMMANDS"), {}, {}, {}};
    for (const CommandSpec *c : sortedCommands()) {
        auto leafSection = [](const CommandSpec &cmd, const QString &path) {
            ManPage::Section s{QStringLiteral("%1 %2").arg(path, cmd.usage()).trimmed(), {}, {}, {}};
            s.text = tr(cmd.summary);
            if (cmd.details)
                s.text += QStringLiteral("\n\n") + tr(cmd.details);
            if (const QString needs = needsText(cmd); !needs.isEmpty())
                s.text += QStringLiteral("\n\n") + needs;
            for (const ArgumentSpec &a : cmd.arguments)
                s.entries.append({a.label(), tr(a.description) + argumentNotes(a)});
            for (const OptionSpec &o : cmd.allOptions()) {
                if (o.name() != QLatin1String("h"))
                    s.entries.append({o.label(), tr(o.description) + optionNotes(o)});
            }
            return s;
        };
        if (!c->hasSubcommands()) {
            commands.subsections.append(leafSection(*c, c->name));
            continue;
        }
        for (const CommandSpec &sub : c->subcommands)
            commands.subsections.append(leafSection(sub, c->name + QLatin1Char(' ') + sub.name));
    }
    commands.text = QObject::tr("Every command and subcommand also takes -h, --help.");

    ManPage::Section environment{QObject::tr("ENVIRONMENT"), {}, {}, {}};
    environment.entries = {
        {QStringLiteral("SWITCHBOARD_CATALOG"), QObject::tr("the catalog file when --catalog is not given")},
        {QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE_FD"), QObject::tr("a file descriptor to read the vault passphrase from")},
        {QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"),
         QObject::tr("the vault passphrase itself (other processes of the same user may read it)")},
        {QStringLiteral("SWITCHBOARD_VAULT_NEW_PASSPHRASE"), QObject::tr("the new passphrase for vault init and change-passphrase")},
        {QStringLiteral("SWITCHBOARD_VAULT_KEYCHAIN"), QObject::tr("0 keeps the vault away from the OS keychain")},
        {QStringLiteral("SWITCHBOARD_CRAWL_PASSWORD_<NAME>, SWITCHBOARD_CRAWL_PASSWORD"),
         QObject::tr("the crawler's SASL password for cluster NAME (upper-cased, other characters as _), or for every cluster")},
        {QStringLiteral("SWITCHBOARD_USER"), QObject::tr("who the audit log names (default: the login name)")}};
    ManPage::Section exitStatus{QObject::tr("EXIT STATUS"),
                                QObject::tr("0 on success, 1 when a command is refused or fails, 2 when no command is given."),
                                {}, {}};
    ManPage::Section seeAlso{QObject::tr("SEE ALSO"), QStringLiteral("switchboard-router(1), switchboard(1)"), {}, {}};
    page.sections = {description, options, commands, environment, exitStatus, seeAlso};
    return ManPage::render(page);
}

// ---- help and completion are commands too --------------------------------------------------

namespace {

int helpCommand(Context &ctx, const Arguments &args)
{
    if (args.args().isEmpty()) {
        ctx.out() << CommandDocs::overview();
        return 0;
    }
    const CommandSpec *command = findCommand(args.arg(0));
    if (!command)
        return ctx.fail(QObject::tr("unknown command \"%1\" (see --help)").arg(args.arg(0)));
    if (args.args().size() == 1) {
        ctx.out() << CommandDocs::help(*command, command->name);
        return 0;
    }
    const CommandSpec *sub = command->findSubcommand(args.arg(1));
    if (!sub)
        return ctx.fail(QObject::tr("%1 has no subcommand \"%2\"").arg(command->name, args.arg(1)));
    ctx.out() << CommandDocs::help(*sub, command->name + QLatin1Char(' ') + sub->name);
    return 0;
}

int completionCommand(Context &ctx, const Arguments &)
{
    ctx.out() << CommandDocs::bashCompletion();
    return 0;
}

const Registration helpRegistration(
    CommandSpec("help", QT_TRANSLATE_NOOP("Cli", "show the commands, or one command's or subcommand's arguments and options"))
        .arg(ArgumentSpec::one(QStringLiteral("COMMAND"), QT_TRANSLATE_NOOP("Cli", "a command")).maybe())
        .arg(ArgumentSpec::one(QStringLiteral("SUBCOMMAND"), QT_TRANSLATE_NOOP("Cli", "one of its subcommands")).maybe())
        .needing(Needs::Nothing)
        .handler(helpCommand));

const Registration completionRegistration(
    CommandSpec("completion", QT_TRANSLATE_NOOP("Cli", "print a shell completion script"))
        .describe(QT_TRANSLATE_NOOP("Cli", "Load it in the running shell with: source <(switchboard-cli completion bash)"))
        .arg(ArgumentSpec::one(QStringLiteral("SHELL"), QT_TRANSLATE_NOOP("Cli", "the shell")).choices({QStringLiteral("bash")}))
        .needing(Needs::Nothing)
        .handler(completionCommand));

} // namespace

} // namespace Switchboard::Cli
