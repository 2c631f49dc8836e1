// switchboard-cli router add|list|remove|push|auto-push|portal-key: the routing services the
// portal pushes its bundle to; and the automatic push after other commands (AutoPush.h).

#include "AutoPush.h"
#include "Command.h"
#include "VaultAccess.h"

#include "push/BundlePusher.h"
#include "push/RoutingServiceStore.h"
#include "vault/Vault.h"
#include "vault/VaultUnlocker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

int routerAdd(Context &ctx, const Arguments &parser)
{
    if (parser.positionalArguments().size() != 3)
        return ctx.fail(QObject::tr("router add takes NAME URL PUBLIC_KEY [--ca-file PEM]"));
    QByteArray caPem;
    if (parser.isSet(QStringLiteral("ca-file"))) {
        QFile file(parser.value(QStringLiteral("ca-file")));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(QObject::tr("cannot read the CA file %1: %2").arg(file.fileName(), file.errorString()));
        caPem = file.readAll();
        if (caPem.isEmpty())
            return ctx.fail(QObject::tr("the CA file %1 is empty").arg(file.fileName()));
    }
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    const QStringList p = parser.positionalArguments();
    auto added = RoutingServiceStore(**db).add(p.at(0), p.at(1), p.at(2), caPem);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << QObject::tr("Registered routing service %1 at %2. Push the bundle with: switchboard-cli router push %1")
                     .arg(added->name, added->url) << Qt::endl;
    return 0;
}

int routerRemove(Context &ctx, const Arguments &args)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (auto st = RoutingServiceStore(**db).remove(args.arg(0)); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Removed routing service %1").arg(args.arg(0)) << Qt::endl;
    return 0;
}

int routerList(Context &ctx, const Arguments &parser)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto services = RoutingServiceStore(**db).list();
    if (!services)
        return ctx.fail(services.error());
    // Staleness needs no unlocked vault: the state hash covers no secret.
    Vault vault(**db);
    auto hash = BundlePusher::currentStateHash(**db, vault);
    const QString current = hash ? *hash : QString();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RoutingService &s : *services)
            array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("url"), s.url},
                                     {QStringLiteral("public_key"), QString::fromLatin1(s.publicKey.toBase64())},
                                     {QStringLiteral("deployed_version"), s.deployedVersion},
                                     {QStringLiteral("deployed_at"), s.deployedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("stale"), hash ? QJsonValue(s.isStale(current)) : QJsonValue()},
                                     {QStringLiteral("custom_ca"), !s.caCertificates.isEmpty()},
                                     {QStringLiteral("last_error"), s.lastError}});
        printJson(ctx, QJsonDocument(array));
        return 0;
    }
    if (services->isEmpty()) {
        ctx.out() << QObject::tr("No routing services registered. Add one with: switchboard-cli router add NAME URL PUBLIC_KEY")
                  << Qt::endl;
        return 0;
    }
    QList<QStringList> rows;
    for (const RoutingService &s : *services) {
        QString state = s.deployedVersion ? QObject::tr("version %1 since %2").arg(s.deployedVersion)
                                                .arg(s.deployedAt.toLocalTime().toString(Qt::ISODate))
                                          : QObject::tr("never pushed");
        if (hash && s.deployedVersion && s.isStale(current))
            state += QObject::tr(", stale (the catalog changed since)");
        rows.append({s.name, s.url, state, s.lastError.isEmpty() ? QStringLiteral("-") : s.lastError});
    }
    printTable(ctx, {QStringLiteral("NAME"), QStringLiteral("URL"), QStringLiteral("STATE"), QStringLiteral("LAST ERROR")}, rows);
    if (!hash)
        ctx.err() << QObject::tr("(cannot tell what is stale: %1)").arg(hash.error()) << Qt::endl;
    return 0;
}

// Pushes synchronously, one line per service; returns the number of failures.
int runPushes(Context &ctx, Database &db, const QList<PreparedPush> &prepared, const PushOptions &options, const QString &prefix)
{
    BundlePusher pusher(db, options);
    QEventLoop loop;
    int failures = 0;
    QObject::connect(&pusher, &BundlePusher::serviceFinished, &loop,
                     [&](const QString &service, bool ok, qint64 version, const QString &message) {
                         if (ok)
                             ctx.out() << prefix << QObject::tr("%1: now holds version %2").arg(service).arg(version) << Qt::endl;
                         else
                             ctx.err() << prefix << QObject::tr("%1: push of version %2 failed: %3").arg(service).arg(version).arg(message)
                                       << Qt::endl;
                     });
    QObject::connect(&pusher, &BundlePusher::finished, &loop, [&](int f) {
        failures = f;
        loop.quit();
    });
    pusher.push(prepared);
    if (pusher.isBusy())
        loop.exec();
    return failures;
}

// The automatic push: to the stale services only. Never fails the caller's command.
void pushStale(Context &ctx, Database &db)
{
    Vault probe(db);
    auto stale = BundlePusher::staleServices(db, probe);
    if (!stale) {
        ctx.err() << QObject::tr("auto-push: cannot tell what is stale: %1").arg(stale.error()) << Qt::endl;
        return;
    }
    if (stale->services.isEmpty())
        return;
    Vault vault(db);
    Status unlocked = ctx.dataKey() ? vault.unlockWithDataKey(ctx.dataKey()->clone()) : VaultUnlocker::unlockHeadless(vault);
    if (!unlocked) {
        ctx.err() << QObject::tr("auto-push pending: %1 do(es) not hold the current state, and the vault is locked (%2). "
                                 "Push with: switchboard-cli router push")
                         .arg(stale->services.join(QStringLiteral(", ")), unlocked.error())
                  << Qt::endl;
        return;
    }
    auto prepared = BundlePusher::prepareStale(db, vault);
    if (!prepared) {
        ctx.err() << QObject::tr("auto-push pending: %1").arg(prepared.error()) << Qt::endl;
        return;
    }
    if (prepared->isEmpty())
        return;
    if (runPushes(ctx, db, *prepared, PushOptions{}, QObject::tr("auto-push: ")))
        ctx.err() << QObject::tr("auto-push: the failed services stay stale; push again with: switchboard-cli router push")
                  << Qt::endl;
}

int routerAutoPush(Context &ctx, const Arguments &args)
{
    const QString mode = args.arg(0);
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (mode == QLatin1String("status")) {
        const bool on = RoutingServiceStore::autoPush(**db);
        ctx.out() << (on ? QObject::tr("auto-push is on: changes that make routing services stale are pushed at once")
                         : QObject::tr("auto-push is off: push with switchboard-cli router push"))
                  << Qt::endl;
        Vault probe(**db);
        if (auto stale = BundlePusher::staleServices(**db, probe); stale && !stale->services.isEmpty())
            ctx.out() << QObject::tr("stale: %1").arg(stale->services.join(QStringLiteral(", "))) << Qt::endl;
        return 0;
    }
    const bool on = mode == QLatin1String("on");
    if (auto st = RoutingServiceStore::setAutoPush(**db, on); !st)
        return ctx.fail(st.error());
    ctx.out() << (on ? QObject::tr("auto-push is on") : QObject::tr("auto-push is off")) << Qt::endl;
    // Switching it on catches up at once: what is stale now is what the setting promises to fix.
    if (on)
        pushStale(ctx, **db);
    return 0;
}

int routerPush(Context &ctx, const Arguments &parser)
{
    PushOptions options;
    // Both are checked against their range by the options' types: never wrapped, never zero by accident.
    options.ttlSeconds = int(parser.number(QStringLiteral("ttl"), options.ttlSeconds));
    options.attempts = int(parser.number(QStringLiteral("attempts"), options.attempts));
    auto vault = openUnlockedVault(ctx, parser);
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = **ctx.catalog();
    auto prepared = BundlePusher::prepare(db, **vault, parser.positionalArguments().value(0), options.ttlSeconds);
    if (!prepared)
        return ctx.fail(prepared.error());
    return runPushes(ctx, db, *prepared, options, {}) ? 1 : 0;
}

int routerPortalKey(Context &ctx, const Arguments &parser)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    Vault probe(**db);
    auto existing = probe.signingPublicKey();
    if (existing && existing->has_value()) {
        ctx.out() << (*existing)->toBase64() << Qt::endl;
        return 0;
    }
    // First use: the key pair is made (and audited) in the unlocked vault.
    auto vault = openUnlockedVault(ctx, parser);
    if (!vault)
        return ctx.fail(vault.error());
    auto pair = (*vault)->signingKeyPair();
    if (!pair)
        return ctx.fail(pair.error());
    ctx.out() << pair->publicKey.toBase64() << Qt::endl;
    return 0;
}

OptionSpec textOption(const char *name, const char *valueName, const char *description)
{
    return OptionSpec::text(QString::fromLatin1(name), QString::fromLatin1(valueName), description);
}

const Registration registration(
    CommandSpec("router", QT_TRANSLATE_NOOP("Cli", "register routing services, push the routing bundle to them, show what each holds"))
        .sub(CommandSpec("add", QT_TRANSLATE_NOOP("Cli", "register a routing service"))
                 .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the routing service's name")))
                 .arg(ArgumentSpec::one(QStringLiteral("URL"), QT_TRANSLATE_NOOP("Cli", "its base URL, e.g. https://router-1:8443")))
                 .arg(ArgumentSpec::one(QStringLiteral("PUBLIC_KEY"), QT_TRANSLATE_NOOP("Cli", "what switchboard-router keygen printed")))
                 .option(textOption("ca-file", "PEM", QT_TRANSLATE_NOOP("Cli", "the CA certificate(s) (or the self-signed certificate) of "
                                                                              "the service's HTTPS"))
                             .file())
                 .handler(routerAdd))
        .sub(CommandSpec("list", QT_TRANSLATE_NOOP("Cli", "list the routing services, the version each holds and whether it is stale"))
                 .option(Options::json())
                 .handler(routerList))
        .sub(CommandSpec("remove", QT_TRANSLATE_NOOP("Cli", "forget a routing service"))
                 .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the routing service's name")))
                 .handler(routerRemove))
        .sub(CommandSpec("push", QT_TRANSLATE_NOOP("Cli", "compile, sign and push the routing bundle"))
                 .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "only this routing service (default: all)")).maybe())
                 .option(textOption("ttl", "SECONDS", QT_TRANSLATE_NOOP("Cli", "how long clients may cache a lookup"))
                             .integer(0, 7 * 86400)
                             .defaultsTo(QStringLiteral("300")))
                 .option(textOption("attempts", "N", QT_TRANSLATE_NOOP("Cli", "tries per service")).integer(1, 20).defaultsTo(QStringLiteral("4")))
                 .needing(Needs::Vault)
                 .handler(routerPush))
        .sub(CommandSpec("auto-push", QT_TRANSLATE_NOOP("Cli", "push after every command that makes a service stale (a setting of the catalog)"))
                 .arg(ArgumentSpec::one(QStringLiteral("MODE"), QT_TRANSLATE_NOOP("Cli", "on, off or status"))
                          .choices({QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("status")}))
                 .handler(routerAutoPush))
        .sub(CommandSpec("portal-key", QT_TRANSLATE_NOOP("Cli", "print the portal's signing public key (for switchboard-router --trust)"))
                 .needing(Needs::Vault)
                 .handler(routerPortalKey)));

} // namespace

void autoPushAfterCommand(Context &ctx, const QString &command)
{
    // The router commands push (or not) on their own; a command that never opened the catalog
    // changed nothing.
    if (command == QLatin1String("router") || !ctx.catalogIsOpen())
        return;
    auto db = ctx.catalog();
    if (!db)
        return;
    // total_changes(): rows this connection wrote. A command that only read needs no check.
    auto changes = (*db)->prepare(QStringLiteral("SELECT total_changes()"));
    if (!changes)
        return;
    auto row = changes->next();
    if (!row || !*row || changes->integer(0) == 0)
        return;
    if (!RoutingServiceStore::autoPush(**db))
        return;
    pushStale(ctx, **db);
}

} // namespace Switchboard::Cli
