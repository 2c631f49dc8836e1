#pragma once

// The "Java service locator" snippet: what an application on the older, header-based Java
// service-locator SDK needs (docs/architecture.md, "The header-based lookup"): the lookup URL, the API key
// (the application's routing token), and the Channel, Organization and Service-Type headers
// for each of its channels, plus the client's own SASL settings (that SDK reads only the
// bootstrap servers and the topic from the answer) and a curl line to try the lookup.
//
// A separate renderer beside SnippetRenderer (owned by the vault/snippets helper): the lead can
// add it to SnippetRenderer::formats() under the id "java-service-locator".
// Without reveal, the token and the password are never printed: the snippet reads them from
// the environment variables SWITCHBOARD_APIKEY and KAFKA_SASL_PASSWORD.

#include "snippets/SnippetInput.h"

#include <QString>

#include <utility>

namespace Switchboard {

class JavaServiceLocatorSnippet {
public:
    static QString id() { return QStringLiteral("java-service-locator"); }
    static QString title();
    static QString fileName(const QString &application);
    static QString apikeyEnvVar() { return QStringLiteral("SWITCHBOARD_APIKEY"); }

    // The lookup URL for a routing service base URL ("https://r:8443" -> ".../service-locator").
    static QString lookupUrl(const QString &routingUrl);
    // Organization and Channel headers for a channel URI (kafka://<Organization>/<Channel>);
    // empty strings when the URI does not parse.
    static std::pair<QString, QString> headersFor(const QString &channelUri);

    static QString render(const SnippetInput &input);
};

} // namespace Switchboard
