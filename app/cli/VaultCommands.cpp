// switchboard-cli vault init|status|change-passphrase|keychain
//                 credential set|rotate|revoke|list
//                 token issue|revoke|list
// Secrets are read from a file descriptor, a named environment variable or a terminal prompt,
// never from the command line; nothing secret is printed except a token at the moment it is issued.

#include "Cli.h"
#include "VaultAccess.h"
#include "clusters/ClusterStore.h"
#include "vault/ClusterSecretStore.h"
#include "vault/CredentialStore.h"
#include "vault/Keychain.h"
#include "vault/PassphraseSource.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
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

int vaultInit(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addOption({QStringLiteral("keychain"), QStringLiteral("also keep the data key in the OS keychain")});
    if (!parser.parse(QStringList{QStringLiteral("vault init")} + args))
        return ctx.fail(parser.errorText());
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

int vaultStatus(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
    if (!parser.parse(QStringList{QStringLiteral("vault status")} + args))
        return ctx.fail(parser.errorText());
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
        ctx.out() << QJsonDocument(status).toJson(QJsonDocument::Indented);
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

int vaultChangePassphrase(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addOption({QStringLiteral("new-passphrase-fd"), QStringLiteral("read the new passphrase from this file descriptor"),
                      QStringLiteral("N")});
    if (!parser.parse(QStringList{QStringLiteral("vault change-passphrase")} + args))
        return ctx.fail(parser.errorText());
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

int vaultKeychain(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addPositionalArgument(QStringLiteral("on|off"), QStringLiteral("store or remove the keychain copy"));
    if (!parser.parse(QStringList{QStringLiteral("vault keychain")} + args))
        return ctx.fail(parser.errorText());
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
int vaultClusterSecret(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addPositionalArgument(QStringLiteral("set|clear|list"), QStringLiteral("action"));
    parser.addPositionalArgument(QStringLiteral("CLUSTER"), QStringLiteral("cluster name"));
    parser.addOption({QStringLiteral("property"), QStringLiteral("the secret property (default sasl.password)"),
                      QStringLiteral("NAME"), QStringLiteral("sasl.password")});
    addSecretOptions(parser, QStringLiteral("secret"), QObject::tr("the secret"));
    if (!parser.parse(QStringList{QStringLiteral("vault cluster-secret")} + args))
        return ctx.fail(parser.errorText());
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

int vault(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("init"))
        return vaultInit(ctx, rest);
    if (sub == QLatin1String("status") || sub == QLatin1String("unlock"))
        return vaultStatus(ctx, rest);
    if (sub == QLatin1String("change-passphrase"))
        return vaultChangePassphrase(ctx, rest);
    if (sub == QLatin1String("keychain"))
        return vaultKeychain(ctx, rest);
    if (sub == QLatin1String("cluster-secret"))
        return vaultClusterSecret(ctx, rest);
    return ctx.fail(QObject::tr("vault needs init, status, unlock, change-passphrase, keychain or cluster-secret"));
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

void addAppClusterOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("app"), QStringLiteral("application name"), QStringLiteral("APP")});
    parser.addOption({QStringLiteral("cluster"), QStringLiteral("cluster name"), QStringLiteral("CLUSTER")});
}

int credentialSet(Context &ctx, const QStringList &args, bool rotate)
{
    QCommandLineParser parser;
    addPassphraseOption(parser);
    addAppClusterOptions(parser);
    parser.addOption({QStringLiteral("mechanism"), QStringLiteral("PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512"), QStringLiteral("M"),
                      QStringLiteral("SCRAM-SHA-512")});
    parser.addOption({QStringLiteral("username"), QStringLiteral("SASL username"), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("grace"), QStringLiteral("how long the previous version stays valid (rotate)"),
                      QStringLiteral("DURATION"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("generate"), QStringLiteral("generate a random secret (rotate)")});
    addSecretOptions(parser, QStringLiteral("secret"), QObject::tr("the secret"));
    const QString name = rotate ? QStringLiteral("credential rotate") : QStringLiteral("credential set");
    if (!parser.parse(QStringList{name} + args))
        return ctx.fail(parser.errorText());
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
        auto grace = parseDuration(parser.value(QStringLiteral("grace")));
        if (!grace)
            return ctx.fail(grace.error());
        result = store.rotate(app, cluster->id, *grace, secret, parser.value(QStringLiteral("username")));
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

int credentialRevoke(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    addAppClusterOptions(parser);
    parser.addOption({QStringLiteral("version"), QStringLiteral("one version (default: all)"), QStringLiteral("N"), QStringLiteral("0")});
    if (!parser.parse(QStringList{QStringLiteral("credential revoke")} + args))
        return ctx.fail(parser.errorText());
    if (!parser.isSet(QStringLiteral("app")) || !parser.isSet(QStringLiteral("cluster")))
        return ctx.fail(QObject::tr("credential revoke needs --app and --cluster"));
    auto cluster = clusterByName(ctx, parser.value(QStringLiteral("cluster")));
    if (!cluster)
        return ctx.fail(cluster.error());
    // Revoking needs no secret, so no unlocked vault either: it must work in an emergency.
    Vault vault(*ctx.catalog().value());
    CredentialStore store(*ctx.catalog().value(), vault);
    const int version = parser.value(QStringLiteral("version")).toInt();
    if (auto st = store.revoke(parser.value(QStringLiteral("app")), cluster->id, version); !st)
        return ctx.fail(st.error());
    ctx.out() << (version > 0 ? QObject::tr("Revoked credential version %1 of %2 on %3").arg(version).arg(parser.value(QStringLiteral("app")), cluster->name)
                              : QObject::tr("Revoked every credential of %1 on %2").arg(parser.value(QStringLiteral("app")), cluster->name))
              << Qt::endl;
    return 0;
}

int credentialList(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("app"), QStringLiteral("application name"), QStringLiteral("APP")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
    if (!parser.parse(QStringList{QStringLiteral("credential list")} + args))
        return ctx.fail(parser.errorText());
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
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (creds->isEmpty()) {
        ctx.out() << QObject::tr("No credentials. Store one with: switchboard-cli credential set --app APP --cluster CLUSTER --username USER")
                  << Qt::endl;
        return 0;
    }
    ctx.out() << "APPLICATION     CLUSTER         VERSION  MECHANISM       USERNAME        STATE\n";
    for (const AppCredential &c : *creds) {
        ctx.out() << c.application.leftJustified(15) << ' ' << clusterNames.value(c.clusterId).leftJustified(15) << ' '
                  << QString::number(c.version).leftJustified(8) << ' ' << c.mechanism.leftJustified(15) << ' '
                  << c.username.leftJustified(15) << ' ' << c.stateAt(now) << '\n';
    }
    return 0;
}

int credential(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("set"))
        return credentialSet(ctx, rest, false);
    if (sub == QLatin1String("rotate"))
        return credentialSet(ctx, rest, true);
    if (sub == QLatin1String("revoke"))
        return credentialRevoke(ctx, rest);
    if (sub == QLatin1String("list"))
        return credentialList(ctx, rest);
    return ctx.fail(QObject::tr("credential needs set, rotate, revoke or list"));
}

// --- tokens ------------------------------------------------------------------------------------

int tokenIssue(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addOption({QStringLiteral("app"), QStringLiteral("application name"), QStringLiteral("APP")});
    parser.addOption({QStringLiteral("label"), QStringLiteral("what the token is for"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("expires-in"), QStringLiteral("valid for this long"), QStringLiteral("DURATION")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
    if (!parser.parse(QStringList{QStringLiteral("token issue")} + args))
        return ctx.fail(parser.errorText());
    if (!parser.isSet(QStringLiteral("app")))
        return ctx.fail(QObject::tr("token issue needs --app"));
    QDateTime expires;
    if (parser.isSet(QStringLiteral("expires-in"))) {
        auto seconds = parseDuration(parser.value(QStringLiteral("expires-in")));
        if (!seconds)
            return ctx.fail(seconds.error());
        expires = QDateTime::currentDateTimeUtc().addSecs(*seconds);
    }
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

int tokenRevoke(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("token id"));
    parser.addOption({QStringLiteral("app"), QStringLiteral("revoke every token of this application"), QStringLiteral("APP")});
    if (!parser.parse(QStringList{QStringLiteral("token revoke")} + args))
        return ctx.fail(parser.errorText());
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
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return ctx.fail(QObject::tr("token revoke needs a token ID or --app APP"));
    if (auto st = tokens.revoke(id); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Revoked token %1").arg(id) << Qt::endl;
    return 0;
}

int tokenList(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("app"), QStringLiteral("application name"), QStringLiteral("APP")});
    if (!parser.parse(QStringList{QStringLiteral("token list")} + args))
        return ctx.fail(parser.errorText());
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    Vault vault(**db);
    auto tokens = TokenStore(**db, vault).list(parser.value(QStringLiteral("app")));
    if (!tokens)
        return ctx.fail(tokens.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ctx.out() << "ID     APPLICATION     HINT           CREATED               STATE     LABEL\n";
    for (const AppToken &t : *tokens) {
        const QString state = !t.revokedAt.isNull() ? QObject::tr("revoked") : t.isValidAt(now) ? QObject::tr("valid") : QObject::tr("expired");
        ctx.out() << QString::number(t.id).leftJustified(6) << ' ' << t.application.leftJustified(15) << ' '
                  << t.hint.leftJustified(14) << ' ' << when(t.createdAt).leftJustified(21) << ' ' << state.leftJustified(9)
                  << ' ' << t.label << '\n';
    }
    return 0;
}

int token(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("issue"))
        return tokenIssue(ctx, rest);
    if (sub == QLatin1String("revoke"))
        return tokenRevoke(ctx, rest);
    if (sub == QLatin1String("list"))
        return tokenList(ctx, rest);
    return ctx.fail(QObject::tr("token needs issue, revoke or list"));
}

const Registration vaultRegistration({
    QStringLiteral("vault"),
    QStringLiteral("vault init [--keychain] | status [--json] | unlock | change-passphrase | keychain on|off | "
                   "cluster-secret set|clear|list CLUSTER [--property sasl.password] [--secret-env VAR]  [--passphrase-fd N]"),
    QStringLiteral("create, check and re-key the vault (passphrase: --passphrase-fd N, $SWITCHBOARD_VAULT_PASSPHRASE_FD, "
                   "$SWITCHBOARD_VAULT_PASSPHRASE, the OS keychain or a prompt)"),
    vault,
});

const Registration credentialRegistration({
    QStringLiteral("credential"),
    QStringLiteral("credential set --app A --cluster C --username U [--mechanism M] [--secret-fd N|--secret-env VAR] | "
                   "rotate --app A --cluster C [--grace 24h] [--generate|--secret-fd N] | revoke --app A --cluster C "
                   "[--version N] | list [--app A] [--json]"),
    QStringLiteral("application credentials per cluster: store, rotate with a grace period, revoke"),
    credential,
});

const Registration tokenRegistration({
    QStringLiteral("token"),
    QStringLiteral("token issue --app A [--label L] [--expires-in 90d] [--json] | revoke ID | revoke --app A | list [--app A]"),
    QStringLiteral("routing-service tokens: issued once, stored as keyed hashes, revocable"),
    token,
});

} // namespace
} // namespace Switchboard::Cli
