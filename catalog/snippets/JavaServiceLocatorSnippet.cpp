#include "snippets/JavaServiceLocatorSnippet.h"

#include "routing/ChannelUri.h"

#include <QObject>

namespace Switchboard {

QString JavaServiceLocatorSnippet::title()
{
    return QObject::tr("Java service locator (header-based lookup)");
}

QString JavaServiceLocatorSnippet::fileName(const QString &application)
{
    return application + QStringLiteral("-service-locator.properties");
}

QString JavaServiceLocatorSnippet::lookupUrl(const QString &routingUrl)
{
    QString base = routingUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/service-locator");
}

std::pair<QString, QString> JavaServiceLocatorSnippet::headersFor(const QString &channelUri)
{
    auto uri = ChannelUri::parse(channelUri);
    if (!uri)
        return {};
    return {uri->host(), uri->path()};
}

namespace {
// Shell single quotes for the curl line.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

QString JavaServiceLocatorSnippet::render(const SnippetInput &input)
{
    const QString url = lookupUrl(input.routingUrl.isEmpty() ? QStringLiteral("https://<routing-service>") : input.routingUrl);
    const bool revealToken = input.reveal && !input.token.isEmpty();
    const QString apikey = revealToken ? input.token.toString() : QStringLiteral("${%1}").arg(apikeyEnvVar());
    QString out;
    out += QStringLiteral("# %1 for application %2\n").arg(title(), input.application);
    out += QStringLiteral("# The SDK sends GET %1 with the headers below and reads only the response headers\n"
                          "# X-Kafka-Bootstrap-Servers and X-Kafka-Topic.\n").arg(url);
    if (!revealToken)
        out += QStringLiteral("# The API key is the application's routing token: export it as %1.\n").arg(apikeyEnvVar());
    out += QStringLiteral("service.locator.url=%1\n").arg(url);
    out += QStringLiteral("service.locator.apikey=%1\n").arg(apikey);
    out += QStringLiteral("service.locator.service-type=kafka\n");
    int index = 0;
    for (const SnippetChannel &channel : input.channels) {
        const auto [organization, name] = headersFor(channel.uri);
        if (organization.isEmpty())
            continue;
        const QString prefix = input.channels.size() == 1 ? QStringLiteral("service.locator.")
                                                          : QStringLiteral("service.locator.channels.%1.").arg(index++);
        out += QStringLiteral("%1organization=%2\n").arg(prefix, organization);
        out += QStringLiteral("%1channel=%2\n").arg(prefix, name);
        out += QStringLiteral("# %1 -> topic %2 today; the service answers with the current one\n").arg(channel.uri, channel.topic);
    }
    // The old SDK connects with the application's own credentials.
    out += QStringLiteral("security.protocol=%1\n").arg(input.securityProtocol.isEmpty() ? QStringLiteral("SASL_SSL") : input.securityProtocol);
    if (input.hasCredential) {
        const QString password = input.reveal && !input.secret.isEmpty() ? input.secret.toString()
                                                                         : QStringLiteral("${%1}").arg(QStringLiteral("KAFKA_SASL_PASSWORD"));
        const QString module = input.saslMechanism.startsWith(QLatin1String("SCRAM"))
            ? QStringLiteral("org.apache.kafka.common.security.scram.ScramLoginModule")
            : QStringLiteral("org.apache.kafka.common.security.plain.PlainLoginModule");
        out += QStringLiteral("sasl.mechanism=%1\n").arg(input.saslMechanism);
        out += QStringLiteral("sasl.jaas.config=%1 required username=\"%2\" password=\"%3\";\n").arg(module, input.username, password);
    }
    if (!input.channels.isEmpty()) {
        const auto [organization, name] = headersFor(input.channels.first().uri);
        out += QStringLiteral("# Try it:\n# curl -si %1 -H %2 -H %3 -H 'Service-Type: kafka' -H %4\n")
                   .arg(shellQuote(url), shellQuote(QStringLiteral("apikey: ") + (revealToken ? apikey : QStringLiteral("$") + apikeyEnvVar())),
                        shellQuote(QStringLiteral("Channel: ") + name), shellQuote(QStringLiteral("Organization: ") + organization));
    }
    return out;
}

} // namespace Switchboard
