// switchboard-cli profile list|show|add|set|copy|remove|validate|history

#include "Cli.h"
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

void addEditOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("role"), QStringLiteral("producer or consumer"), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("description"), QStringLiteral("what the profile is for"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("property"), QStringLiteral("client property"), QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("reason"), QStringLiteral("why a property is set"), QStringLiteral("KEY=TEXT")});
    parser.addOption({QStringLiteral("unset"), QStringLiteral("remove a property"), QStringLiteral("KEY")});
}

int profileList(Context &ctx, ProfileStore &store, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
    if (!parser.parse(QStringList{QStringLiteral("profile list")} + args))
        return ctx.fail(parser.errorText());
    auto profiles = store.list();
    if (!profiles)
        return ctx.fail(profiles.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Profile &p : *profiles)
            array.append(p.toJson());
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    ctx.out() << "NAME                      ROLE      KIND      DESCRIPTION\n";
    for (const Profile &p : *profiles) {
        ctx.out() << p.name.leftJustified(25) << ' ' << p.roleName().leftJustified(9) << ' '
                  << (p.builtin ? QObject::tr("built-in") : QObject::tr("v%1").arg(p.version)).leftJustified(9) << ' '
                  << p.description << '\n';
    }
    return 0;
}

int profileShow(Context &ctx, ProfileStore &store, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("profile"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
    if (!parser.parse(QStringList{QStringLiteral("profile show")} + args) || parser.positionalArguments().size() != 1)
        return ctx.fail(QObject::tr("profile show takes one NAME"));
    auto p = store.find(parser.positionalArguments().first());
    if (!p)
        return ctx.fail(p.error());
    if (!p->has_value())
        return ctx.fail(QObject::tr("No profile named \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.isSet(QStringLiteral("json")))
        ctx.out() << QJsonDocument((*p)->toJson()).toJson(QJsonDocument::Indented);
    else
        printProfile(ctx, **p);
    return 0;
}

int profileAddOrSet(Context &ctx, ProfileStore &store, const QStringList &args, bool add)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("profile"));
    addEditOptions(parser);
    const QString command = add ? QStringLiteral("profile add") : QStringLiteral("profile set");
    if (!parser.parse(QStringList{command} + args))
        return ctx.fail(parser.errorText());
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

int profileValidate(Context &ctx, ProfileStore &store, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("a stored profile (optional)"));
    addEditOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("profile validate")} + args))
        return ctx.fail(parser.errorText());
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

int profileHistory(Context &ctx, ProfileStore &store, const QStringList &args)
{
    if (args.size() != 1)
        return ctx.fail(QObject::tr("profile history takes one NAME"));
    auto history = store.history(args.first());
    if (!history)
        return ctx.fail(history.error());
    for (const ProfileVersion &v : *history) {
        ctx.out() << QObject::tr("version %1  %2  by %3").arg(v.version).arg(v.at.toString(Qt::ISODate), v.actor) << "\n    "
                  << QString::fromUtf8(QJsonDocument(v.diff).toJson(QJsonDocument::Compact)) << "\n";
    }
    return 0;
}

int profile(Context &ctx, const QStringList &args)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    ProfileStore store(**db);
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return profileList(ctx, store, rest);
    if (sub == QLatin1String("show"))
        return profileShow(ctx, store, rest);
    if (sub == QLatin1String("add"))
        return profileAddOrSet(ctx, store, rest, true);
    if (sub == QLatin1String("set"))
        return profileAddOrSet(ctx, store, rest, false);
    if (sub == QLatin1String("validate"))
        return profileValidate(ctx, store, rest);
    if (sub == QLatin1String("history"))
        return profileHistory(ctx, store, rest);
    if (sub == QLatin1String("copy")) {
        if (rest.size() != 2)
            return ctx.fail(QObject::tr("profile copy takes FROM and TO"));
        auto copy = store.copy(rest.at(0), rest.at(1));
        if (!copy)
            return ctx.fail(copy.error());
        ctx.out() << QObject::tr("Copied %1 to %2").arg(rest.at(0), rest.at(1)) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        if (rest.size() != 1)
            return ctx.fail(QObject::tr("profile remove takes one NAME"));
        if (auto st = store.remove(rest.first()); !st)
            return ctx.fail(st.error());
        ctx.out() << QObject::tr("Removed profile %1").arg(rest.first()) << Qt::endl;
        return 0;
    }
    return ctx.fail(QObject::tr("profile needs list, show, add, set, copy, remove, validate or history"));
}

const Registration registration({
    QStringLiteral("profile"),
    QStringLiteral("profile list [--json] | show NAME [--json] | add NAME --role producer|consumer [--description D] "
                   "[--property K=V]... [--reason K=TEXT]... | set NAME [--property K=V] [--unset K] ... | copy FROM TO | "
                   "remove NAME | validate [NAME] [--role R] [--property K=V]... | history NAME"),
    QStringLiteral("config profiles: vetted built-ins and your own, validated by librdkafka, versioned"),
    profile,
});

} // namespace
} // namespace Switchboard::Cli
