#include "Command.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Switchboard::Cli {

QString tr(const char *text) { return QCoreApplication::translate("Cli", text); }

namespace {

// 3650d, 24h, 15m or 90s: the largest unit that divides the value.
QString durationText(qint64 seconds)
{
    if (seconds != 0 && seconds % 86400 == 0)
        return QStringLiteral("%1d").arg(seconds / 86400);
    if (seconds != 0 && seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds != 0 && seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}

// Digits only, no sign, no spaces: what a script means by a number. Overflow is refused, not
// wrapped.
std::optional<qint64> parseWhole(const QString &digits)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    if (!re.match(digits).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

} // namespace

QString ValueSpec::rangeText() const
{
    switch (kind) {
    case ValueKind::Integer:
        if (max == std::numeric_limits<qint64>::max())
            return QObject::tr("a whole number from %1").arg(min);
        return QObject::tr("a whole number from %1 to %2").arg(min).arg(max);
    case ValueKind::Duration: {
        QString text = QObject::tr("a duration from %1 to %2, e.g. 90s, 15m, 24h, 7d").arg(durationText(min), durationText(max));
        if (max % (365 * 86400) == 0 && max >= 365 * 86400)
            text += max == 365 * 86400 ? QObject::tr("; at most a year") : QObject::tr("; at most %1 years").arg(max / (365 * 86400));
        return text;
    }
    case ValueKind::FileDescriptor:
        return QObject::tr("a file descriptor number from 0 to %1").arg(max);
    case ValueKind::Choice:
        return QObject::tr("one of %1").arg(choices.join(QStringLiteral(", ")));
    default:
        return {};
    }
}

Result<qint64> ValueSpec::check(const QString &what, const QString &rawText) const
{
    const QString text = rawText.trimmed();
    switch (kind) {
    case ValueKind::Integer:
    case ValueKind::FileDescriptor: {
        const auto n = parseWhole(text);
        if (!n || *n < min || *n > max)
            return makeError(QObject::tr("%1: \"%2\" is not %3").arg(what, rawText, rangeText()));
        return *n;
    }
    case ValueKind::Duration: {
        static const QRegularExpression re(QStringLiteral("^([0-9]+)\\s*([smhd]?)$"));
        const auto m = re.match(text);
        const qint64 n = m.hasMatch() ? parseWhole(m.captured(1)).value_or(-1) : -1;
        const QString unit = m.captured(2);
        const qint64 factor = unit == QLatin1String("m") ? 60 : unit == QLatin1String("h") ? 3600
                            : unit == QLatin1String("d") ? 86400 : 1;
        // n * factor must not overflow before the range check sees it.
        if (n < 0 || n > max / factor || n * factor < min)
            return makeError(QObject::tr("%1: \"%2\" is not %3").arg(what, rawText, rangeText()));
        return n * factor;
    }
    case ValueKind::Choice:
        if (!choices.contains(text))
            return makeError(QObject::tr("%1: \"%2\" is not %3").arg(what, rawText, rangeText()));
        return qint64(choices.indexOf(text));
    default:
        return 0;
    }
}

OptionSpec OptionSpec::flag(const QString &name, const char *description)
{
    OptionSpec o;
    o.names = {name};
    o.description = description;
    o.value.kind = ValueKind::Flag;
    return o;
}

OptionSpec OptionSpec::text(const QString &name, const QString &valueName, const char *description)
{
    OptionSpec o;
    o.names = {name};
    o.valueName = valueName;
    o.description = description;
    return o;
}

QString OptionSpec::label() const
{
    QStringList forms;
    for (const QString &n : names)
        forms << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString text = forms.join(QStringLiteral(", "));
    if (!isFlag())
        text += QLatin1Char(' ') + valueName;
    return text;
}

ArgumentSpec ArgumentSpec::one(const QString &name, const char *description)
{
    ArgumentSpec a;
    a.name = name;
    a.description = description;
    return a;
}

QString ArgumentSpec::label() const
{
    QString text = name;
    if (repeatable)
        text += QStringLiteral("...");
    return optional ? QStringLiteral("[%1]").arg(text) : text;
}

const CommandSpec *CommandSpec::findSubcommand(const QString &word) const
{
    for (const CommandSpec &c : subcommands) {
        if (c.name == word || c.aliases.contains(word))
            return &c;
    }
    return nullptr;
}

QList<OptionSpec> CommandSpec::allOptions() const
{
    QList<OptionSpec> all = options;
    if (needs == Needs::Vault) {
        bool has = false;
        for (const OptionSpec &o : all)
            has = has || o.name() == QLatin1String("passphrase-fd");
        if (!has)
            all.append(Options::passphraseFd());
    }
    all.append(Options::help());
    return all;
}

qsizetype CommandSpec::minArguments() const
{
    qsizetype n = 0;
    for (const ArgumentSpec &a : arguments)
        n += a.optional ? 0 : 1;
    return n;
}

qsizetype CommandSpec::maxArguments() const
{
    for (const ArgumentSpec &a : arguments) {
        if (a.repeatable)
            return -1;
    }
    return arguments.size();
}

QString CommandSpec::usage() const
{
    QStringList parts;
    if (hasSubcommands()) {
        QStringList names;
        for (const CommandSpec &c : subcommands)
            names << c.name;
        parts << (defaultSubcommand.isEmpty() ? names.join(QLatin1Char('|')) : QStringLiteral("[%1]").arg(names.join(QLatin1Char('|'))));
        parts << QStringLiteral("...");
        return parts.join(QLatin1Char(' '));
    }
    for (const ArgumentSpec &a : arguments)
        parts << a.label();
    bool optional = false;
    for (const OptionSpec &o : allOptions()) {
        if (o.required)
            parts << o.label();
        else
            optional = true;
    }
    if (optional)
        parts << QObject::tr("[options]");
    return parts.join(QLatin1Char(' '));
}

namespace Options {

OptionSpec json() { return OptionSpec::flag(QStringLiteral("json"), QT_TRANSLATE_NOOP("Cli", "print JSON instead of a table")); }

OptionSpec app(const char *description)
{
    return OptionSpec::text(QStringLiteral("app"), QStringLiteral("APP"),
                            description ? description : QT_TRANSLATE_NOOP("Cli", "the application's name"));
}

OptionSpec cluster(const char *description)
{
    return OptionSpec::text(QStringLiteral("cluster"), QStringLiteral("NAME"),
                            description ? description : QT_TRANSLATE_NOOP("Cli", "the cluster's name"));
}

OptionSpec env(const char *description)
{
    return OptionSpec::text(QStringLiteral("env"), QStringLiteral("ENV"),
                            description ? description : QT_TRANSLATE_NOOP("Cli", "the environment (prod, dev, ...)"));
}

OptionSpec passphraseFd()
{
    return OptionSpec::text(QStringLiteral("passphrase-fd"), QStringLiteral("N"),
                            QT_TRANSLATE_NOOP("Cli", "read the vault passphrase from the first line of this file descriptor"))
        .fileDescriptor();
}

OptionSpec help()
{
    OptionSpec o = OptionSpec::flag(QStringLiteral("h"), QT_TRANSLATE_NOOP("Cli", "show this help"));
    o.names.append(QStringLiteral("help"));
    return o;
}

} // namespace Options

QList<CommandSpec> &registry()
{
    static QList<CommandSpec> commands;
    return commands;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &c : registry()) {
        if (c.name == name || c.aliases.contains(name))
            return &c;
    }
    return nullptr;
}

} // namespace Switchboard::Cli
