// switchboard-cli vault init|status|change-passphrase|keychain
//                 credential set|rotate|revoke|list
//                 token issue|revoke|list
// Secrets are read from a file descriptor, a named environment variable or a terminal prompt,
// never from the command line; nothing secret is printed except a token at the moment it is issued.

#include "Command.h"
#include "routing/ApplicationStore.h"
#include "VaultAccess.h"
#include "clusters/ClusterStore.h"
#include "vault/ClusterSecretStore.h"
#include "vault/CredentialStore.h"
#include "vault/Keychain.h"
#include "vault/PassphraseSource.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace Switchboard::Cli {
namespace {

QString when(const QDateTime &at) { return at.isNull() ? QStringLiteral("-") : at.toUTC().toString(Qt::ISODate); }

// The passphrase for init: --passphrase-fd, the environment, or asked twice on the terminal.
Result<SecretBytes> newPassphrase(const QCommandLineParser &parser, const QString &fdOption, const char *envVar)
{
    if (parser.isSet(fdOption)) {
        bool ok = false;
        const int fd = parser.value(fdOption).toInt(&ok);
        if (!ok)
            return makeError(QObject::tr("--%1 needs a file descriptor number").arg(fdOption));
        return PassphraseSource::readFromFd(fd);
    }
    if (qEnvironmentVariableIsSet(envVar))
        return SecretBytes(qgetenv(envVar));
    auto first = promptSecret(QObject::tr("New vault passphrase: "));
    if (!first)
        return first;
    auto second = promptSecret(QObject::tr("Again: "));
    if (!second)
        return second;
    if (first->bytes() != second->bytes())
        return makeError(QObject::tr("The two entries differ"));
    return first;
}

int vaultInit(Context &ctx, const Arguments &parser)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto passphrase = newPassphrase(parser, QStringLiteral("passphrase-fd"), "SWITCHBOARD_VAULT_PASSPHRASE");
    if (!passphrase)
        return ctx.fail(passphrase.error());
    Vault vault(**db);
    if (auto st = vault.initialize(*passphrase); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Created the vault (Argon2id passphrase, XChaCha20-Poly1305 records)") << Qt::endl;
    if (parser.isSet(QStringLiteral("keychain"))) {
        auto key = vault.dataKeyForKeychain();
        auto st = key ? Keychain::writeBlocking(Keychain::entryName(*vault.vaultId()), *key) : Status(makeError(key.error()));
        if (st) {
            (void)vault.setKeychainEnabled(true);
            ctx.out() << QObject::tr("The data key is also in the OS keychain") << Qt::endl;
        } else {
            ctx.err() << QObject::tr("Note: %1; the vault opens with the passphrase only").arg(st.error()) << Qt::endl;
        }
    }
    return 0;
}

int vaultStatus(Context &ctx, const Arguments &parser)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    Vault probe(**db);
    auto initialized = probe.isInitialized();
    if (!initialized)
        return ctx.fail(initialized.error());
    QJsonObject status{{QStringLiteral("initialized"), *initialized}};
    if (*initialized) {
        status.insert(QStringLiteral("keychain"), probe.keychainEnabled().value());
        auto vault = openUnlockedVault(ctx, parser);
        status.insert(QStringLiteral("unlocks"), bool(vault));
        if (!vault)
            status.insert(QStringLiteral("reason"), vault.error());
        auto pub = probe.signingPublicKey();
        if (pub && pub->has_value())
            status.insert(QStringLiteral("signing_public_key"), QString::fromLatin1((*pub)->toBase64()));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ctx, QJsonDocument(status));
        return status.value(QStringLiteral("unlocks")).toBool() || !*initialized ? 0 : 1;
    }
    if (!*initialized) {
        ctx.out() << QObject::tr("No vault in this catalog. Create one with: switchboard-cli vault init") << Qt::endl;
        return 0;
    }
    ctx.out() << QObject::tr("Vault: present; OS keychain copy: %1").arg(status.value(QStringLiteral("keychain")).toBool()
                                                                           ? QObject::tr("yes") : QObject::tr("no")) << Qt::endl;
    if (status.value(QStringLiteral("unlocks")).toBool()) {
        ctx.out() << QObject::tr("Unlock: OK") << Qt::endl;
        return 0;
    }
    return ctx.fail(status.value(QStringLiteral("reason")).toString());
}

int vaultChangePassphrase(Context &ctx, const Arguments &parser)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    Result<SecretBytes> current = makeError(QString());
    if (parser.isSet(QStringLiteral("passphrase-fd"))) {
        current = PassphraseSource::readFromFd(parser.value(QStringLiteral("passphrase-fd")).toInt());
    } else {
        auto fromEnv = PassphraseSource::fromEnvironment();
        if (!fromEnv)
            return ctx.fail(fromEnv.error());
        current = fromEnv->has_value() ? Result<SecretBytes>(std::move(**fromEnv))
                                       : promptSecret(QObject::tr("Current vault passphrase: "));
    }
    if (!current)
        return ctx.fail(current.error());
    auto next = newPassphrase(parser, QStringLiteral("new-passphrase-fd"), "SWITCHBOARD_VAULT_NEW_PASSPHRASE");
    if (!next)
        return ctx.fail(next.error());
    Vault vault(**db);
    if (auto st = vault.changePassphrase(*current, *next); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Changed the vault passphrase") << Qt::endl;
    return 0;
}

int vaultKeychain(Context &ctx, const Arguments &parser)
{
    const QString mode = parser.positionalArguments().value(0);
    if (mode != QLatin1String("on") && mode != QLatin1String("off"))
        return ctx.fail(QObject::tr("vault keychain needs on or off"));
    auto vault = openUnlockedVault(ctx, parser);
    if (!vault)
        return ctx.fail(vault.error());
    const QString entry = Keychain::entryName((*vault)->vaultId().value());
    if (mode == QLatin1String("on")) {
        auto key = (*vault)->dataKeyForKeychain();
        if (!key)
            return ctx.fail(key.error());
        if (auto st = Keychain::writeBlocking(entry, *key); !st)
            return ctx.fail(st.error());
        if (auto st = (*vault)->setKeychainEnabled(true); !st)
            return ctx.fail(st.error());
        ctx.out() << QObject::tr("The data key is now in the OS keychain") << Qt::endl;
    } else {
        (void)Keychain::removeBlocking(entry);
        if (auto st = (*vault)->setKeychainEnabled(false); !st)
            return ctx.fail(st.error());
        ctx.out() << QObject::tr("The keychain copy is removed; the vault opens with the passphrase") << Qt::endl;
    }
    return 0;
}

Result<Cluster> clusterByName(Context &ctx, const QString &name);

// The crawler's secret per cluster: vault cluster-secret set CLUSTER [--property sasl.password] --secret-env VAR
int vaultClusterSecret(Context &ctx, const Arguments &parser)
{
    const QString action = parser.positionalArguments().value(0);
    const QString cluster = parser.positionalArguments().value(1);
    if (cluster.isEmpty() || (action != QLatin1String("set") && action != QLatin1String("clear") && action != QLatin1String("list")))
        return ctx.fail(QObject::tr("vault cluster-secret needs set, clear or list and a CLUSTER"));
    auto found = clusterByName(ctx, cluster);
    if (!found)
        return ctx.fail(found.error());
    if (action == QLatin1String("list")) {
        Vault locked(*ctx.catalog().value());
        auto names = ClusterSecretStore(locked).names(cluster);
        if (!names)
            return ctx.fail(names.error());
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(ctx, QJsonDocument(QJsonArray::fromStringList(*names)));
            return 0;
        }
        for (const QString &name : *names)
            ctx.out() << name << "\n";
        return 0;
    }
    auto vault = openUnlockedVault(ctx, parser);
    if (!vault)
        return ctx.fail(vault.error());
    ClusterSecretStore store(**vault);
    if (action == QLatin1String("clear")) {
        if (auto st = store.clear(cluster); !st)
            return ctx.fail(st.error());
        ctx.out() << QObject::tr("Removed the crawler secrets of %1").arg(cluster) << Qt::endl;
        return 0;
    }
    auto secret = readSecret(ctx, parser, QStringLiteral("secret"), QObject::tr("Secret: "), true);
    if (!secret)
        return ctx.fail(secret.error());
    if (auto st = store.set(cluster, {{parser.value(QStringLiteral("property")), secret->toString()}}); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Stored %1 for crawling %2").arg(parser.value(QStringLiteral("property")), cluster) << Qt::endl;
    return 0;
}


// --- credentials -------------------------------------------------------------------------------

Result<Cluster> clusterByName(Context &ctx, const QString &name)
{
    auto db = ctx.catalog();
    if (!db)
        return makeError(db.error());
    auto cluster = ClusterStore(**db).find(name);
    if (!cluster)
        return makeError(cluster.error());
    if (!cluster->has_value())
        return makeError(QObject::tr("No cluster named \"%1\"").arg(name));
    return **cluster;
}


int credentialSet(Context &ctx, const Arguments &parser, bool rotate)
{
    const QString name = rotate ? QStringLiteral("credential rotate") : QStringLiteral("credential set");
    if (!parser.isSet(QStringLiteral("app")) || !parser.isSet(QStringLiteral("cluster")))
        return ctx.fail(QObject::tr("%1 needs --app and --cluster").arg(name));
    if (!rotate && !parser.isSet(QStringLiteral("username")))
        return ctx.fail(QObject::tr("credential set needs --username"));
    auto cluster = clusterByName(ctx, parser.value(QStringLiteral("cluster")));
    if (!cluster)
        return ctx.fail(cluster.error());
    auto vault = openUnlockedVault(ctx, parser);
    if (!vault)
        return ctx.fail(vault.error());
    SecretBytes secret;
    if (!(rotate && parser.isSet(QStringLiteral("generate")))) {
        auto read = readSecret(ctx, parser, QStringLiteral("secret"), QObject::tr("Secret: "), true);
        if (!read)
            return ctx.fail(read.error());
        secret = std::move(*read);
    }
    CredentialStore store(*ctx.catalog().value(), **vault);
    const QString app = parser.value(QStringLiteral("app"));
    Result<AppCredential> result = makeError(QString());
    if (rotate) {
        result = store.rotate(app, cluster->id, parser.number(QStringLiteral("grace"), 0), secret, parser.value(QStringLiteral("username")));
    } else {
        result = store.set(app, cluster->id, parser.value(QStringLiteral("mechanism")), parser.value(QStringLiteral("username")), secret);
    }
    if (!result)
        return ctx.fail(result.error());
    ctx.out() << QObject::tr("%1 credential version %2 for %3 on %4 (%5, user %6)")
                     .arg(rotate ? QObject::tr("Rotated to") : QObject::tr("Stored"))
                     .arg(result->version)
                     .arg(app, cluster->name, result->mechanism, result->username)
              << Qt::endl;
    return 0;
}

int credentialRevoke(Context &ctx, const Arguments &parser)
{
    if (!parser.isSet(QStringLiteral("app")) || !parser.isSet(QStringLiteral("cluster")))
        return ctx.fail(QObject::tr("credential revoke needs --app and --cluster"));
    auto cluster = clusterByName(ctx, parser.value(QStringLiteral("cluster")));
    if (!cluster)
        return ctx.fail(cluster.error());
    // Revoking needs no secret, so no unlocked vault either: it must work in an emergency.
    Vault vault(*ctx.catalog().value());
    CredentialStore store(*ctx.catalog().value(), vault);
    const int version = int(parser.number(QStringLiteral("version"), 0));   // 0: every version
    if (auto st = store.revoke(parser.value(QStringLiteral("app")), cluster->id, version); !st)
        return ctx.fail(st.error());
    ctx.out() << (version > 0 ? QObject::tr("Revoked credential version %1 of %2 on %3").arg(version).arg(parser.value(QStringLiteral("app")), cluster->name)
                              : QObject::tr("Revoked every credential of %1 on %2").arg(parser.value(QStringLiteral("app")), cluster->name))
              << Qt::endl;
    return 0;
}

int credentialList(Context &ctx, const Arguments &parser)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    Vault vault(**db);
    auto creds = CredentialStore(**db, vault).list(parser.value(QStringLiteral("app")));
    if (!creds)
        return ctx.fail(creds.error());
    auto clusters = ClusterStore(**db).list();
    QMap<qint64, QString> clusterNames;
    if (clusters) {
        for (const Cluster &c : *clusters)
            clusterNames.insert(c.id, c.name);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AppCredential &c : *creds) {
            array.append(QJsonObject{{QStringLiteral("application"), c.application},
                                     {QStringLiteral("cluster"), clusterNames.value(c.clusterId)},
                                     {QStringLiteral("version"), c.version},
                                     {QStringLiteral("mechanism"), c.mechanism},
                                     {QStringLiteral("username"), c.username},
                                     {QStringLiteral("valid_from"), when(c.validFrom)},
                                     {QStringLiteral("valid_until"), c.validUntil.isNull() ? QJsonValue() : QJsonValue(when(c.validUntil))},
                                     {QStringLiteral("revoked_at"), c.revokedAt.isNull() ? QJsonValue() : QJsonValue(when(c.revokedAt))},
                                     {QStringLiteral("valid"), c.isValidAt(now)},
                                     {QStringLiteral("created_by"), c.createdBy}});
        }
        printJson(ctx, QJsonDocument(array));
        return 0;
    }
    if (creds->isEmpty()) {
        ctx.out() << QObject::tr("No credentials. Store one with: switchboard-cli credential set --app APP --cluster CLUSTER --username USER")
                  << Qt::endl;
        return 0;
    }
    QList<QStringList> rows;
    for (const AppCredential &c : *creds)
        rows.append({c.application, clusterNames.value(c.clusterId), QString::number(c.version), c.mechanism, c.username, c.stateAt(now)});
    printTable(ctx, {QStringLiteral("APPLICATION"), QStringLiteral("CLUSTER"), QStringLiteral("VERSION"), QStringLiteral("MECHANISM"),
                     QStringLiteral("USERNAME"), QStringLiteral("STATE")},
               rows);
    return 0;
}


// --- tokens ------------------------------------------------------------------------------------

int tokenIssue(Context &ctx, const Arguments &parser)
{
    // A token for an application the catalog does not know would be a credential for nobody
    // (and silently valid for whoever registers that name later).
    const QString app = parser.value(QStringLiteral("app"));
    auto known = ApplicationStore(*ctx.catalog().value()).find(app);
    if (!known)
        return ctx.fail(known.error());
    if (!known->has_value())
        return ctx.fail(QObject::tr("No application named \"%1\"; register it first (switchboard-cli app add %1) or see "
                                    "switchboard-cli app list").arg(app));
    QDateTime expires;
    if (parser.isSet(QStringLiteral("expires-in")))   // bounded (10 years) by the option's type: never "no end" by overflow
        expires = QDateTime::currentDateTimeUtc().addSecs(parser.number(QStringLiteral("expires-in")));
    auto vault = openUnlockedVault(ctx, parser);
    if (!vault)
        return ctx.fail(vault.error());
    auto issued = TokenStore(*ctx.catalog().value(), **vault).issue(parser.value(QStringLiteral("app")),
                                                                    parser.value(QStringLiteral("label")), expires);
    if (!issued)
        return ctx.fail(issued.error());
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("id"), issued->token.id},
                                               {QStringLiteral("application"), issued->token.application},
                                               {QStringLiteral("token"), issued->value.toString()}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        return 0;
    }
    ctx.err() << QObject::tr("Token %1 for %2. It is shown only now; Switchboard keeps only a keyed hash:")
                     .arg(issued->token.id).arg(issued->token.application)
              << Qt::endl;
    ctx.out() << issued->value.toString() << Qt::endl;
    return 0;
}

int tokenRevoke(Context &ctx, const Arguments &parser)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    Vault vault(**db);
    TokenStore tokens(**db, vault);
    if (parser.isSet(QStringLiteral("app"))) {
        if (auto st = tokens.revokeAll(parser.value(QStringLiteral("app"))); !st)
            return ctx.fail(st.error());
        ctx.out() << QObject::tr("Revoked every token of %1").arg(parser.value(QStringLiteral("app"))) << Qt::endl;
        return 0;
    }
    if (parser.args().isEmpty())
        return ctx.fail(QObject::tr("token revoke needs a token ID or --app APP"));
    const qint64 id = parser.arg(0).toLongLong();   // checked by the argument's type
    if (auto st = tokens.revoke(id); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Revoked token %1").arg(id) << Qt::endl;
    return 0;
}

int tokenList(Context &ctx, const Arguments &parser)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    Vault vault(**db);
    auto tokens = TokenStore(**db, vault).list(parser.value(QStringLiteral("app")));
    if (!tokens)
        return ctx.fail(tokens.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto stateOf = [&now](const AppToken &t) {
        return !t.revokedAt.isNull() ? QStringLiteral("revoked") : t.isValidAt(now) ? QStringLiteral("valid") : QStringLiteral("expired");
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AppToken &t : *tokens) {
            array.append(QJsonObject{{QStringLiteral("id"), t.id},
                                     {QStringLiteral("application"), t.application},
                                     {QStringLiteral("hint"), t.hint},
                                     {QStringLiteral("label"), t.label},
                                     {QStringLiteral("created_at"), when(t.createdAt)},
                                     {QStringLiteral("created_by"), t.createdBy},
                                     {QStringLiteral("expires_at"), t.expiresAt.isNull() ? QJsonValue() : QJsonValue(when(t.expiresAt))},
                                     {QStringLiteral("revoked_at"), t.revokedAt.isNull() ? QJsonValue() : QJsonValue(when(t.revokedAt))},
                                     {QStringLiteral("state"), stateOf(t)}});
        }
        printJson(ctx, QJsonDocument(array));
        return 0;
    }
    QList<QStringList> rows;
    for (const AppToken &t : *tokens) {
        const QString state = stateOf(t) == QLatin1String("revoked") ? QObject::tr("revoked")
                            : stateOf(t) == QLatin1String("valid")   ? QObject::tr("valid")
                                                                     : QObject::tr("expired");
        rows.append({QString::number(t.id), t.application, t.hint, when(t.createdAt), when(t.expiresAt), state, t.label});
    }
    printTable(ctx, {QStringLiteral("ID"), QStringLiteral("APPLICATION"), QStringLiteral("HINT"), QStringLiteral("CREATED"),
                     QStringLiteral("EXPIRES"), QStringLiteral("STATE"), QStringLiteral("LABEL")},
               rows);
    return 0;
}


OptionSpec textOption(const char *name, const char *valueName, const char *description)
{
    return OptionSpec::text(QString::fromLatin1(name), QString::fromLatin1(valueName), description);
}

// --secret-fd N and --secret-env VAR: a secret never comes from the command line itself.
CommandSpec &withSecretOptions(CommandSpec &c)
{
    return c.option(textOption("secret-fd", "N", QT_TRANSLATE_NOOP("Cli", "read the secret from this file descriptor")).fileDescriptor())
        .option(textOption("secret-env", "VAR", QT_TRANSLATE_NOOP("Cli", "read the secret from this environment variable")));
}

CommandSpec credentialSetCommand(bool rotate)
{
    CommandSpec c = rotate ? CommandSpec("rotate", QT_TRANSLATE_NOOP("Cli", "store a new version; the previous one stays valid for the grace period"))
                           : CommandSpec("set", QT_TRANSLATE_NOOP("Cli", "store an application's credential for a cluster"));
    c.option(Options::app().mandatory()).option(Options::cluster().mandatory());
    if (rotate) {
        c.option(textOption("username", "USER", QT_TRANSLATE_NOOP("Cli", "a new SASL username (default: the current one)")))
            .option(textOption("grace", "DURATION", QT_TRANSLATE_NOOP("Cli", "how long the previous version stays valid"))
                        .duration(0, 365 * 86400)
                        .defaultsTo(QStringLiteral("0")))
            .option(OptionSpec::flag(QStringLiteral("generate"), QT_TRANSLATE_NOOP("Cli", "generate a random secret")));
    } else {
        c.option(textOption("username", "USER", QT_TRANSLATE_NOOP("Cli", "the SASL username")).mandatory())
            .option(textOption("mechanism", "M", QT_TRANSLATE_NOOP("Cli", "the SASL mechanism"))
                        .choices({QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-512")})
                        .defaultsTo(QStringLiteral("SCRAM-SHA-512")));
    }
    withSecretOptions(c);
    c.needing(Needs::Vault).handler([rotate](Context &ctx, const Arguments &p) { return credentialSet(ctx, p, rotate); });
    return c;
}

CommandSpec clusterSecretCommand()
{
    CommandSpec c("cluster-secret", QT_TRANSLATE_NOOP("Cli", "the crawler's secret for a cluster: set, clear, or list the names "
                                                             "(never the values)"));
    c.arg(ArgumentSpec::one(QStringLiteral("ACTION"), QT_TRANSLATE_NOOP("Cli", "what to do"))
              .choices({QStringLiteral("set"), QStringLiteral("clear"), QStringLiteral("list")}))
        .arg(ArgumentSpec::one(QStringLiteral("CLUSTER"), QT_TRANSLATE_NOOP("Cli", "the cluster's name")))
        .option(textOption("property", "NAME", QT_TRANSLATE_NOOP("Cli", "the secret property")).defaultsTo(QStringLiteral("sasl.password")));
    withSecretOptions(c);
    c.option(Options::json()).needing(Needs::Vault).handler(vaultClusterSecret);
    return c;
}

const Registration vaultRegistration(
    CommandSpec("vault", QT_TRANSLATE_NOOP("Cli", "create, check and re-key the vault"))
        .describe(QT_TRANSLATE_NOOP("Cli", "The passphrase comes from --passphrase-fd N, $SWITCHBOARD_VAULT_PASSPHRASE_FD, "
                                           "$SWITCHBOARD_VAULT_PASSPHRASE, the OS keychain or a prompt."))
        .sub(CommandSpec("init", QT_TRANSLATE_NOOP("Cli", "create the vault (Argon2id passphrase, XChaCha20-Poly1305 records)"))
                 .option(OptionSpec::flag(QStringLiteral("keychain"), QT_TRANSLATE_NOOP("Cli", "also keep the data key in the OS keychain")))
                 .needing(Needs::Vault)
                 .handler(vaultInit))
        .sub(CommandSpec("status", QT_TRANSLATE_NOOP("Cli", "whether there is a vault and whether it unlocks"))
                 .alias(QStringLiteral("unlock"))
                 .option(Options::json())
                 .needing(Needs::Vault)
                 .handler(vaultStatus))
        .sub(CommandSpec("change-passphrase", QT_TRANSLATE_NOOP("Cli", "re-wrap the data key with a new passphrase"))
                 .option(textOption("new-passphrase-fd", "N", QT_TRANSLATE_NOOP("Cli", "read the new passphrase from this file descriptor"))
                             .fileDescriptor())
                 .needing(Needs::Vault)
                 .handler(vaultChangePassphrase))
        .sub(CommandSpec("keychain", QT_TRANSLATE_NOOP("Cli", "store or remove the data key's copy in the OS keychain"))
                 .arg(ArgumentSpec::one(QStringLiteral("MODE"), QT_TRANSLATE_NOOP("Cli", "on or off"))
                          .choices({QStringLiteral("on"), QStringLiteral("off")}))
                 .needing(Needs::Vault)
                 .handler(vaultKeychain))
        .sub(clusterSecretCommand()));

const Registration credentialRegistration(
    CommandSpec("credential", QT_TRANSLATE_NOOP("Cli", "application credentials per cluster: store, rotate with a grace period, revoke"))
        .sub(credentialSetCommand(false))
        .sub(credentialSetCommand(true))
        .sub(CommandSpec("revoke", QT_TRANSLATE_NOOP("Cli", "revoke one version or every version (needs no passphrase)"))
                 .option(Options::app().mandatory())
                 .option(Options::cluster().mandatory())
                 .option(textOption("version", "N", QT_TRANSLATE_NOOP("Cli", "only this version (default: all)"))
                             .integer(1, std::numeric_limits<int>::max()))
                 .handler(credentialRevoke))
        .sub(CommandSpec("list", QT_TRANSLATE_NOOP("Cli", "list the credentials and their state (never the secrets)"))
                 .option(Options::app(QT_TRANSLATE_NOOP("Cli", "only this application's credentials")))
                 .option(Options::json())
                 .handler(credentialList)));

const Registration tokenRegistration(
    CommandSpec("token", QT_TRANSLATE_NOOP("Cli", "routing-service tokens: issued once, stored as keyed hashes, revocable"))
        .sub(CommandSpec("issue", QT_TRANSLATE_NOOP("Cli", "issue a token for a registered application; it is printed only now"))
                 .option(Options::app().mandatory())
                 .option(textOption("label", "TEXT", QT_TRANSLATE_NOOP("Cli", "what the token is for")))
                 .option(textOption("expires-in", "DURATION", QT_TRANSLATE_NOOP("Cli", "how long the token is valid (default: until revoked)"))
                             .duration(1, 3650 * 86400))
                 .option(Options::json())
                 .needing(Needs::Vault)
                 .handler(tokenIssue))
        .sub(CommandSpec("revoke", QT_TRANSLATE_NOOP("Cli", "revoke one token, or every token of an application"))
                 .arg(ArgumentSpec::one(QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "the token's id (see token list)"))
                          .integer(1, std::numeric_limits<qint64>::max())
                          .maybe())
                 .option(Options::app(QT_TRANSLATE_NOOP("Cli", "revoke every token of this application")))
                 .handler(tokenRevoke))
        .sub(CommandSpec("list", QT_TRANSLATE_NOOP("Cli", "list the tokens (hints only, never the tokens)"))
                 .option(Options::app(QT_TRANSLATE_NOOP("Cli", "only this application's tokens")))
                 .option(Options::json())
                 .handler(tokenList)));

} // namespace
} // namespace Switchboard::Cli
