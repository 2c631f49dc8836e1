// switchboard-cli profile list|show|add|set|copy|remove|validate|history

#include "Command.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileValidator.h"

#include <QCommandLineParser>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

QString jsonText(const QJsonValue &v)
{
    return v.isString() ? QStringLiteral("\"%1\"").arg(v.toString()) : Profile::valueToString(v);
}

void printIssues(Context &ctx, const QList<ProfileIssue> &issues)
{
    for (const ProfileIssue &i : issues)
        ctx.err() << (i.isError() ? QObject::tr("error: ") : QObject::tr("warning: ")) << i.message << Qt::endl;
}

void printProfile(Context &ctx, const Profile &p)
{
    ctx.out() << p.name << "  (" << p.roleName() << (p.builtin ? QObject::tr(", built-in") : QObject::tr(", version %1").arg(p.version))
              << (p.copiedFrom.isEmpty() ? QString() : QObject::tr(", copied from %1").arg(p.copiedFrom)) << ")\n";
    if (!p.description.isEmpty())
        ctx.out() << "  " << p.description << "\n";
    for (auto it = p.properties.begin(); it != p.properties.end(); ++it) {
        ctx.out() << "  " << it.key() << " = " << jsonText(it.value()) << "\n";
        if (!p.reason(it.key()).isEmpty())
            ctx.out() << "      " << p.reason(it.key()) << "\n";
    }
    for (const ProfileIssue &i : ProfileValidator::validate(p))
        ctx.out() << "  " << (i.isError() ? QObject::tr("error: ") : QObject::tr("warning: ")) << i.message << "\n";
}

// --property K=V (typed by ProfileValidator::typedValue), --reason K=TEXT, --unset K.
Status applyOptions(const QCommandLineParser &parser, Profile &p)
{
    for (const QString &kv : parser.values(QStringLiteral("property"))) {
        auto pair = parseKeyValue(kv);
        if (!pair)
            return makeError(pair.error());
        p.properties.insert(pair->first, ProfileValidator::typedValue(pair->first, pair->second));
    }
    for (const QString &kv : parser.values(QStringLiteral("reason"))) {
        auto pair = parseKeyValue(kv);
        if (!pair)
            return makeError(pair.error());
        p.reasons.insert(pair->first, pair->second);
    }
    for (const QString &k : parser.values(QStringLiteral("unset"))) {
        p.properties.remove(k);
        p.reasons.remove(k);
    }
    if (parser.isSet(QStringLiteral("description")))
        p.description = parser.value(QStringLiteral("description"));
    if (parser.isSet(QStringLiteral("role"))) {
        auto role = Profile::roleFromString(parser.value(QStringLiteral("role")));
        if (!role)
            return makeError(QObject::tr("--role is producer or consumer"));
        p.role = *role;
    }
    return {};
}


int profileList(Context &ctx, ProfileStore &store, const Arguments &parser)
{
    auto profiles = store.list();
    if (!profiles)
        return ctx.fail(profiles.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Profile &p : *profiles)
            array.append(p.toJson());
        printJson(ctx, QJsonDocument(array));
        return 0;
    }
    QList<QStringList> rows;
    for (const Profile &p : *profiles)
        rows.append({p.name, p.roleName(), p.builtin ? QObject::tr("built-in") : QObject::tr("v%1").arg(p.version), p.description});
    printTable(ctx, {QStringLiteral("NAME"), QStringLiteral("ROLE"), QStringLiteral("KIND"), QStringLiteral("DESCRIPTION")}, rows);
    return 0;
}

int profileShow(Context &ctx, ProfileStore &store, const Arguments &parser)
{
    auto p = store.find(parser.positionalArguments().first());
    if (!p)
        return ctx.fail(p.error());
    if (!p->has_value())
        return ctx.fail(QObject::tr("No profile named \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx, QJsonDocument((*p)->toJson()));
    else
        printProfile(ctx, **p);
    return 0;
}

int profileAddOrSet(Context &ctx, ProfileStore &store, const Arguments &parser, bool add)
{
    const QString command = add ? QStringLiteral("profile add") : QStringLiteral("profile set");
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QObject::tr("%1 takes one NAME").arg(command));
    Profile p;
    if (add) {
        if (!parser.isSet(QStringLiteral("role")))
            return ctx.fail(QObject::tr("profile add needs --role producer|consumer"));
        p.name = parser.positionalArguments().first();
    } else {
        auto existing = store.find(parser.positionalArguments().first());
        if (!existing)
            return ctx.fail(existing.error());
        if (!existing->has_value())
            return ctx.fail(QObject::tr("No profile named \"%1\"").arg(parser.positionalArguments().first()));
        p = **existing;
    }
    if (auto st = applyOptions(parser, p); !st)
        return ctx.fail(st.error());
    const auto issues = ProfileValidator::validate(p);
    printIssues(ctx, issues);
    auto saved = add ? store.add(p) : store.update(p);
    if (!saved)
        return ctx.fail(ProfileValidator::hasErrors(issues) ? QObject::tr("The profile was not saved") : saved.error());
    ctx.out() << QObject::tr("Saved profile %1 (version %2)").arg(saved->name).arg(saved->version) << Qt::endl;
    return 0;
}

int profileValidate(Context &ctx, ProfileStore &store, const Arguments &parser)
{
    Profile p;
    p.name = QStringLiteral("unsaved");
    if (!parser.positionalArguments().isEmpty()) {
        auto existing = store.find(parser.positionalArguments().first());
        if (!existing)
            return ctx.fail(existing.error());
        if (!existing->has_value())
            return ctx.fail(QObject::tr("No profile named \"%1\"").arg(parser.positionalArguments().first()));
        p = **existing;
    }
    if (auto st = applyOptions(parser, p); !st)
        return ctx.fail(st.error());
    const auto issues = ProfileValidator::validate(p);
    printIssues(ctx, issues);
    if (ProfileValidator::hasErrors(issues))
        return 1;
    ctx.out() << (issues.isEmpty() ? QObject::tr("valid") : QObject::tr("valid, with warnings")) << Qt::endl;
    return 0;
}

int profileHistory(Context &ctx, ProfileStore &store, const Arguments &args)
{
    auto history = store.history(args.arg(0));
    if (!history)
        return ctx.fail(history.error());
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ProfileVersion &v : *history)
            array.append(QJsonObject{{QStringLiteral("version"), v.version},
                                     {QStringLiteral("at"), v.at.toString(Qt::ISODate)},
                                     {QStringLiteral("actor"), v.actor},
                                     {QStringLiteral("diff"), v.diff}});
        printJson(ctx, QJsonDocument(array));
        return 0;
    }
    for (const ProfileVersion &v : *history) {
        ctx.out() << QObject::tr("version %1  %2  by %3").arg(v.version).arg(v.at.toString(Qt::ISODate), v.actor) << "\n    "
                  << QString::fromUtf8(QJsonDocument(v.diff).toJson(QJsonDocument::Compact)) << "\n";
    }
    return 0;
}

int profileCopy(Context &ctx, ProfileStore &store, const Arguments &args)
{
    auto copy = store.copy(args.arg(0), args.arg(1));
    if (!copy)
        return ctx.fail(copy.error());
    ctx.out() << QObject::tr("Copied %1 to %2").arg(args.arg(0), args.arg(1)) << Qt::endl;
    return 0;
}

int profileRemove(Context &ctx, ProfileStore &store, const Arguments &args)
{
    if (auto st = store.remove(args.arg(0)); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Removed profile %1").arg(args.arg(0)) << Qt::endl;
    return 0;
}

// Every profile subcommand works on the catalog's profile store.
Handler withStore(std::function<int(Context &, ProfileStore &, const Arguments &)> f)
{
    return [f](Context &ctx, const Arguments &args) {
        ProfileStore store(*ctx.catalog().value());
        return f(ctx, store, args);
    };
}

ArgumentSpec nameArgument() { return ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the profile's name")); }

OptionSpec textOption(const char *name, const char *valueName, const char *description)
{
    return OptionSpec::text(QString::fromLatin1(name), QString::fromLatin1(valueName), description);
}

// --role, --description, --property K=V, --reason K=TEXT, --unset K.
CommandSpec &withEditOptions(CommandSpec &c, bool roleRequired)
{
    OptionSpec role = textOption("role", "ROLE", QT_TRANSLATE_NOOP("Cli", "who uses the profile"))
                          .choices({QStringLiteral("producer"), QStringLiteral("consumer")});
    if (roleRequired)
        role.mandatory();
    return c.option(role)
        .option(textOption("description", "TEXT", QT_TRANSLATE_NOOP("Cli", "what the profile is for")))
        .option(textOption("property", "KEY=VALUE", QT_TRANSLATE_NOOP("Cli", "a client property (typed as librdkafka reads it)")).many())
        .option(textOption("reason", "KEY=TEXT", QT_TRANSLATE_NOOP("Cli", "why a property is set")).many())
        .option(textOption("unset", "KEY", QT_TRANSLATE_NOOP("Cli", "remove a property")).many());
}

CommandSpec editCommand(const char *name, const char *summary, bool nameRequired, bool roleRequired,
                        std::function<int(Context &, ProfileStore &, const Arguments &)> f)
{
    CommandSpec c(QString::fromLatin1(name), summary);
    ArgumentSpec arg = nameArgument();
    if (!nameRequired)
        arg.maybe();
    c.arg(arg);
    withEditOptions(c, roleRequired);
    c.handler(withStore(std::move(f)));
    return c;
}

const Registration registration(
    CommandSpec("profile", QT_TRANSLATE_NOOP("Cli", "config profiles: vetted built-ins and your own, validated by librdkafka, versioned"))
        .sub(CommandSpec("list", QT_TRANSLATE_NOOP("Cli", "list the profiles")).option(Options::json()).handler(withStore(profileList)))
        .sub(CommandSpec("show", QT_TRANSLATE_NOOP("Cli", "show a profile's properties and why each is set"))
                 .arg(nameArgument())
                 .option(Options::json())
                 .handler(withStore(profileShow)))
        .sub(editCommand("add", QT_TRANSLATE_NOOP("Cli", "add a profile"), true, true,
                         [](Context &ctx, ProfileStore &store, const Arguments &p) { return profileAddOrSet(ctx, store, p, true); }))
        .sub(editCommand("set", QT_TRANSLATE_NOOP("Cli", "change a profile (a new version)"), true, false,
                         [](Context &ctx, ProfileStore &store, const Arguments &p) { return profileAddOrSet(ctx, store, p, false); }))
        .sub(CommandSpec("copy", QT_TRANSLATE_NOOP("Cli", "copy a profile under a new name"))
                 .arg(ArgumentSpec::one(QStringLiteral("FROM"), QT_TRANSLATE_NOOP("Cli", "the profile to copy")))
                 .arg(ArgumentSpec::one(QStringLiteral("TO"), QT_TRANSLATE_NOOP("Cli", "the new profile's name")))
                 .handler(withStore(profileCopy)))
        .sub(CommandSpec("remove", QT_TRANSLATE_NOOP("Cli", "remove a profile")).arg(nameArgument()).handler(withStore(profileRemove)))
        .sub(editCommand("validate", QT_TRANSLATE_NOOP("Cli", "check a stored profile, or properties, without saving"), false, false,
                         profileValidate))
        .sub(CommandSpec("history", QT_TRANSLATE_NOOP("Cli", "a profile's versions, with who changed what"))
                 .arg(nameArgument())
                 .option(Options::json())
                 .handler(withStore(profileHistory))));

} // namespace
} // namespace Switchboard::Cli
