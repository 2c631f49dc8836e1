#pragma once

// The command-line tool's commands as data (KeePassXC's src/cli/Command): each command declares
// its arguments, its options with their value types and ranges, its subcommands and whether it
// needs the catalog or the vault. One dispatcher (Dispatcher.cpp) builds the parser from that,
// checks argument counts and every number, opens the catalog and prints --help; the bash
// completion and the man page are generated from the same description (CommandDocs.cpp).
//
// Descriptions are untranslated source strings (QT_TRANSLATE_NOOP("Cli", ...)): they are
// registered before main() runs, and translated where they are printed.

#include "Cli.h"

#include <QCommandLineParser>
#include <QHash>
#include <QStringList>

#include <functional>
#include <limits>

namespace Switchboard::Cli {

// What a value is; decides its check, its help text and its completion.
enum class ValueKind {
    Flag,            // no value
    Text,
    File,            // a path: completed with file names
    Integer,         // a whole number in [min, max]
    Duration,        // 90s, 15m, 24h, 7d or plain seconds, in [min, max] seconds
    FileDescriptor,  // an open file descriptor number
    Choice,          // one of choices
};

struct ValueSpec {
    ValueKind kind = ValueKind::Text;
    qint64 min = 0;
    qint64 max = std::numeric_limits<qint64>::max();
    QStringList choices;

    // The accepted range as the user reads it, e.g. "0 to 86400", "1s to 3650d (10 years)".
    QString rangeText() const;
    // Checks text; the number (seconds for a duration) or an error naming `what` and the range.
    Result<qint64> check(const QString &what, const QString &text) const;
};

struct OptionSpec {
    QStringList names;              // the first is the long name the code asks for
    QString valueName;              // empty for a flag
    const char *description = "";
    ValueSpec value;
    QString defaultValue;
    bool required = false;
    bool repeatable = false;

    static OptionSpec flag(const QString &name, const char *description);
    static OptionSpec text(const QString &name, const QString &valueName, const char *description);
    OptionSpec &alias(const QString &name) { names.append(name); return *this; }
    OptionSpec &file() { value.kind = ValueKind::File; return *this; }
    OptionSpec &integer(qint64 min, qint64 max) { value = {ValueKind::Integer, min, max, {}}; return *this; }
    OptionSpec &duration(qint64 minSeconds, qint64 maxSeconds) { value = {ValueKind::Duration, minSeconds, maxSeconds, {}}; return *this; }
    OptionSpec &fileDescriptor() { value = {ValueKind::FileDescriptor, 0, std::numeric_limits<int>::max(), {}}; return *this; }
    OptionSpec &choices(const QStringList &values) { value = {ValueKind::Choice, 0, 0, values}; return *this; }
    OptionSpec &defaultsTo(const QString &v) { defaultValue = v; return *this; }
    OptionSpec &mandatory() { required = true; return *this; }
    OptionSpec &many() { repeatable = true; return *this; }

    QString name() const { return names.first(); }
    bool isFlag() const { return valueName.isEmpty(); }
    // "--ttl SECONDS" / "-h, --help"
    QString label() const;
};

struct ArgumentSpec {
    QString name;                   // e.g. "NAME"
    const char *description = "";
    ValueSpec value;
    bool optional = false;
    bool repeatable = false;

    static ArgumentSpec one(const QString &name, const char *description);
    ArgumentSpec &maybe() { optional = true; return *this; }
    ArgumentSpec &many() { repeatable = true; return *this; }
    ArgumentSpec &integer(qint64 min, qint64 max) { value = {ValueKind::Integer, min, max, {}}; return *this; }
    ArgumentSpec &choices(const QStringList &values) { value = {ValueKind::Choice, 0, 0, values}; return *this; }
    ArgumentSpec &file() { value.kind = ValueKind::File; return *this; }

    // "NAME", "[NAME]", "NAME...", "on|off"
    QString label() const;
};

// What the parsed command line holds, with every typed value already checked.
class Arguments : public QCommandLineParser {
public:
    // The checked number of an integer or duration option (seconds), or fallback when not given.
    qint64 number(const QString &option, qint64 fallback = 0) const { return m_numbers.value(option, fallback); }
    // The positional arguments.
    QStringList args() const { return positionalArguments(); }
    QString arg(qsizetype i) const { return positionalArguments().value(i); }

private:
    friend class Dispatcher;
    QHash<QString, qint64> m_numbers;
};

// What a command needs before it runs: the dispatcher opens the catalog; a command that uses
// the vault gets --passphrase-fd and unlocks with openUnlockedVault (VaultAccess.h) when, and
// only when, it needs a secret.
enum class Needs { Nothing, Catalog, Vault };

using Handler = std::function<int(Context &, const Arguments &)>;

struct CommandSpec {
    QString name;
    const char *summary = "";
    const char *details = nullptr;  // a paragraph for help and the man page
    QList<ArgumentSpec> arguments;
    QList<OptionSpec> options;
    QList<CommandSpec> subcommands;
    QStringList aliases;
    QString defaultSubcommand;      // run when no subcommand is given
    Needs needs = Needs::Catalog;
    Handler run;

    CommandSpec(QString name, const char *summary) : name(std::move(name)), summary(summary) {}
    CommandSpec &describe(const char *text) { details = text; return *this; }
    CommandSpec &arg(ArgumentSpec a) { arguments.append(std::move(a)); return *this; }
    CommandSpec &option(OptionSpec o) { options.append(std::move(o)); return *this; }
    CommandSpec &sub(CommandSpec c) { subcommands.append(std::move(c)); return *this; }
    CommandSpec &alias(const QString &a) { aliases.append(a); return *this; }
    CommandSpec &byDefault(const QString &s) { defaultSubcommand = s; return *this; }
    CommandSpec &needing(Needs n) { needs = n; return *this; }
    CommandSpec &handler(Handler h) { run = std::move(h); return *this; }

    bool hasSubcommands() const { return !subcommands.isEmpty(); }
    const CommandSpec *findSubcommand(const QString &word) const;
    // Every option the parser knows, with the ones the dispatcher adds (--passphrase-fd for
    // commands that use the vault, -h/--help).
    QList<OptionSpec> allOptions() const;
    qsizetype minArguments() const;
    qsizetype maxArguments() const;   // -1: no limit
    // "NAME --bootstrap HOST:PORT[,...] [options]"
    QString usage() const;
};

// The options that mean the same everywhere.
namespace Options {
OptionSpec json();
OptionSpec app(const char *description = nullptr);
OptionSpec cluster(const char *description = nullptr);
OptionSpec env(const char *description = nullptr);
OptionSpec passphraseFd();
OptionSpec help();
} // namespace Options

// The registry: each command file registers its commands from a static object.
QList<CommandSpec> &registry();
const CommandSpec *findCommand(const QString &name);
struct Registration {
    explicit Registration(CommandSpec command) { registry().append(std::move(command)); }
};

// Translates a description registered with QT_TRANSLATE_NOOP("Cli", ...).
QString tr(const char *text);

} // namespace Switchboard::Cli
