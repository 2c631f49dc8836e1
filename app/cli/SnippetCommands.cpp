// switchboard-cli snippet --app A --channel C [--channel C2] --profile P --format F [--reveal]

#include "Command.h"
#include "VaultAccess.h"
#include "snippets/SnippetBuilder.h"
#include "snippets/SnippetRenderer.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

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

int snippet(Context &ctx, const Arguments &parser)
{
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

OptionSpec textOption(const char *name, const char *valueName, const char *description)
{
    return OptionSpec::text(QString::fromLatin1(name), QString::fromLatin1(valueName), description);
}

const Registration registration(
    CommandSpec("snippet", QT_TRANSLATE_NOOP("Cli", "client configuration for an application's channels (secrets redacted unless --reveal)"))
        .describe(QT_TRANSLATE_NOOP("Cli", "Formats: Java properties, Spring Boot YAML, librdkafka/kcat, Python, Go, Node.js, .NET, "
                                           "the service-locator SDKs and the older header-based Java service locator. Without "
                                           "channels, --cluster and --topic name the topic directly."))
        .option(Options::app().mandatory())
        .option(textOption("channel", "URI", QT_TRANSLATE_NOOP("Cli", "a channel's URI")).many())
        .option(textOption("profile", "PROFILE", QT_TRANSLATE_NOOP("Cli", "the config profile")).mandatory())
        .option(textOption("format", "FORMAT", QT_TRANSLATE_NOOP("Cli", "the client's format: java, spring, librdkafka, python, go, "
                                                                        "node, dotnet, service-locator or java-service-locator"))
                    .mandatory())
        .option(Options::env(QT_TRANSLATE_NOOP("Cli", "the environment of the bindings")))
        .option(OptionSpec::flag(QStringLiteral("reveal"), QT_TRANSLATE_NOOP("Cli", "include the secret in clear")))
        .option(Options::cluster(QT_TRANSLATE_NOOP("Cli", "without channels: the cluster")))
        .option(textOption("topic", "TOPIC", QT_TRANSLATE_NOOP("Cli", "without channels: a topic")).many())
        .option(textOption("group", "GROUP", QT_TRANSLATE_NOOP("Cli", "the consumer group (default: from the grant)")))
        .option(textOption("router-url", "URL", QT_TRANSLATE_NOOP("Cli", "the routing service's URL (service-locator)")))
        .option(OptionSpec::flag(QStringLiteral("issue-token"),
                                 QT_TRANSLATE_NOOP("Cli", "service-locator, java-service-locator: issue a new routing token and include "
                                                          "it (with --reveal)")))
        .option(textOption("out", "FILE", QT_TRANSLATE_NOOP("Cli", "write to this file, readable only by you (mode 0600), instead of stdout"))
                    .alias(QStringLiteral("output"))
                    .file())
        .needing(Needs::Vault)
        .handler(snippet));

} // namespace
} // namespace Switchboard::Cli
