#pragma once

// The two lookups client SDKs make, answered from one RouterState:
//   GET /servicegw?config_profile=P&channel=URI[&channel[1]=...][&kafka.env=E][&config_profile.type=T]
//       [&kafka.group.id=G] with HTTP Basic auth (user: application name, password: its token);
//       several channels also as channel[]=A&channel[]=B; other parameters are ignored;
//   GET /service-locator with headers apikey, Channel, Organization, Service-Type
//       (and optionally X-Channel-URI, X-Config-Profile), for the older Java SDKs.
// Both resolve with the portal's Resolver and answer the same JSON body (docs/architecture.md, "The lookup protocol").

#include "HttpServer.h"
#include "LookupQuery.h"
#include "RouterState.h"

#include <QStringList>

#include <optional>

namespace Switchboard::Router {

class ServiceGateway {
public:
    // /servicegw: query and Basic auth to a lookup. An error is a ready response.
    static HttpResponse serviceGw(const RouterState *state, const HttpRequest &request, QString *applicationOut);
    // /service-locator: headers to a lookup; adds X-Kafka-Bootstrap-Servers and X-Kafka-Topic.
    static HttpResponse serviceLocator(const RouterState *state, const HttpRequest &request, QString *applicationOut);

    // The header mapping on its own (tests drive it with tables): a lookup, or the error response.
    struct HeaderLookup {
        std::optional<HttpResponse> error;
        QByteArray token;
        LookupRequest lookup;
    };
    static HeaderLookup mapHeaders(const HttpRequest &request);

    // Resolves a lookup for an authenticated application and builds the 200 body (or an error).
    // topicOut/bootstrapOut: the first channel's topic and the cluster's bootstrap list.
    // aliasKey: also remember a 200 answer under this key (the raw query of /servicegw, so a
    // repeated lookup skips parsing).
    static HttpResponse answer(const RouterState &state, const Application &application, const LookupRequest &lookup,
                               const HttpRequest &request, QString *bootstrapOut = nullptr, QString *topicOut = nullptr,
                               const QByteArray &aliasKey = {});

private:
    // ETag and Cache-Control (headerLines: as rendered for a cached answer, else made here), and
    // 304 for a matching If-None-Match.
    static void addCaching(const RouterState &state, HttpResponse &response, const HttpRequest &request,
                           const QByteArray &etag, const QByteArray &headerLines);
};

} // namespace Switchboard::Router
