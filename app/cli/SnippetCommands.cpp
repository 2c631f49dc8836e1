// switchboard-cli snippet --app A --channel C [--channel C2] --profile P --format F [--reveal]

#include "Cli.h"
#include "VaultAccess.h"
#include "snippets/SnippetBuilder.h"
#include "snippets/SnippetRenderer.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace Switchboard::Cli {
namespace {

QString formatIds()
{
    QStringList ids;
    for (SnippetFormat f : SnippetRenderer::formats())
        ids.append(SnippetRenderer::id(f));
    return ids.join(QStringLiteral(", "));
}

int snippet(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addOption({QStringLiteral("app"), QStringLiteral("application name"), QStringLiteral("APP")});
    parser.addOption({QStringLiteral("channel"), QStringLiteral("channel URI (repeatable)"), QStringLiteral("URI")});
    parser.addOption({QStringLiteral("profile"), QStringLiteral("config profile"), QStringLiteral("PROFILE")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("one of: ") + formatIds(), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("env"), QStringLiteral("environment of the bindings"), QStringLiteral("ENV")});
    parser.addOption({QStringLiteral("reveal"), QStringLiteral("include the secret in clear")});
    parser.addOption({QStringLiteral("cluster"), QStringLiteral("without channels: the cluster"), QStringLiteral("CLUSTER")});
    parser.addOption({QStringLiteral("topic"), QStringLiteral("without channels: a topic (repeatable)"), QStringLiteral("TOPIC")});
    parser.addOption({QStringLiteral("group"), QStringLiteral("consumer group (default: from the grant)"), QStringLiteral("GROUP")});
    parser.addOption({QStringLiteral("router-url"), QStringLiteral("routing service URL (service-locator)"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("issue-token"), QStringLiteral("service-locator, java-service-locator: issue a new routing token and include it (with --reveal)")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("write to this file (mode 0600) instead of stdout"), QStringLiteral("FILE")});
    if (!parser.parse(QStringList{QStringLiteral("snippet")} + args))
        return ctx.fail(parser.errorText());
    for (const char *required : {"app", "profile", "format"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return ctx.fail(QObject::tr("snippet needs --app, --profile, --format and --channel (or --cluster and --topic)"));
    }
    const auto format = SnippetRenderer::fromId(parser.value(QStringLiteral("format")));
    if (!format)
        return ctx.fail(QObject::tr("Unknown format \"%1\"; use one of: %2").arg(parser.value(QStringLiteral("format")), formatIds()));

    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    const bool reveal = parser.isSet(QStringLiteral("reveal"));
    const bool issueToken = parser.isSet(QStringLiteral("issue-token"));
    const bool usesToken = *format == SnippetFormat::ServiceLocator || *format == SnippetFormat::JavaServiceLocator;
    if (issueToken && (!usesToken || !reveal))
        return ctx.fail(QObject::tr("--issue-token goes with --format service-locator or java-service-locator and --reveal"));
    std::unique_ptr<Vault> vault;
    if (reveal) {
        auto unlocked = openUnlockedVault(ctx, parser);
        if (!unlocked)
            return ctx.fail(unlocked.error());
        vault = std::move(*unlocked);
    } else {
        vault = std::make_unique<Vault>(**db);
    }

    SnippetRequest request;
    request.application = parser.value(QStringLiteral("app"));
    request.channels = parser.values(QStringLiteral("channel"));
    request.profile = parser.value(QStringLiteral("profile"));
    request.environment = parser.value(QStringLiteral("env"));
    request.reveal = reveal;
    request.requireCredential = *format != SnippetFormat::ServiceLocator;
    request.cluster = parser.value(QStringLiteral("cluster"));
    request.topics = parser.values(QStringLiteral("topic"));
    request.consumerGroup = parser.value(QStringLiteral("group"));
    request.routingUrl = parser.value(QStringLiteral("router-url"));
    auto input = SnippetBuilder(**db, *vault).build(request);
    if (!input)
        return ctx.fail(input.error());
    if (issueToken) {
        auto issued = TokenStore(**db, *vault).issue(request.application, QObject::tr("snippet"));
        if (!issued)
            return ctx.fail(issued.error());
        input->token = std::move(issued->value);
    }
    const QString text = SnippetRenderer::render(*format, *input);
    if (reveal && input->hasCredential) {
        const QString purpose = QStringLiteral("snippet %1").arg(SnippetRenderer::id(*format));
        if (auto st = CredentialStore(**db, *vault).recordReveal(input->application, input->clusterId, input->credentialVersion, purpose); !st)
            return ctx.fail(st.error());
    }

    if (parser.isSet(QStringLiteral("output"))) {
        QSaveFile file(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly))
            return ctx.fail(QObject::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        // A revealed snippet holds a secret: only its owner may read it.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(text.toUtf8());
        if (!file.commit())
            return ctx.fail(QObject::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        ctx.err() << QObject::tr("Wrote %1 (%2)").arg(file.fileName(), SnippetRenderer::title(*format)) << Qt::endl;
        return 0;
    }
    ctx.out() << text;
    ctx.out().flush();
    return 0;
}

const Registration registration({
    QStringLiteral("snippet"),
    QStringLiteral("snippet --app A --channel URI [--channel URI2] --profile P --format F [--reveal] [--env ENV] "
                   "[--group G] [--router-url URL] [--issue-token] [--output FILE] | --cluster C --topic T instead of --channel"),
    QStringLiteral("client configuration for an application's channels: java, spring, librdkafka, python, go, node, "
                   "dotnet, service-locator (secrets redacted unless --reveal)"),
    snippet,
});

} // namespace
} // namespace Switchboard::Cli
