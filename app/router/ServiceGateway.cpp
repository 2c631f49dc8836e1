#include "ServiceGateway.h"

#include "routing/ChannelUri.h"
#include "routing/LookupAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QScopeGuard>

#include <array>
#include <charconv>
#include <cstring>

#include <sodium.h>

namespace Switchboard::Router {

namespace {

constexpr qsizetype kMaxRawKeyQuery = 512;
constexpr qsizetype kMaxPlainKey = 256;
// Basic credentials up to this size (decoded) are read on the stack; longer ones the slow way.
constexpr qsizetype kMaxStackCredentials = 384;

// Strict base64 (RFC 4648 4: the standard alphabet, length a multiple of 4, '=' only as one or
// two final pads) into out; -1 for anything else, which then takes Qt's decoder and its
// messages. Every text this accepts, Qt's decoder reads the same way.
qsizetype decodeStrictBase64(QByteArrayView text, char *out, qsizetype capacity)
{
    static constexpr auto table = [] {
        std::array<signed char, 256> t{};
        t.fill(-1);
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            t[uchar(alphabet[i])] = static_cast<signed char>(i);
        return t;
    }();
    const qsizetype size = text.size();
    if (size == 0 || size % 4 != 0)
        return -1;
    const qsizetype pads = text[size - 1] == '=' ? (text[size - 2] == '=' ? 2 : 1) : 0;
    const qsizetype decoded = size / 4 * 3 - pads;
    if (decoded > capacity)
        return -1;
    qsizetype o = 0;
    for (qsizetype i = 0; i < size; i += 4) {
        const bool last = i + 4 == size;
        int v[4];
        for (int k = 0; k < 4; ++k) {
            const bool pad = last && k >= 4 - pads;
            v[k] = pad ? 0 : table[uchar(text[i + k])];
            if (v[k] < 0)
                return -1;
        }
        const quint32 n = quint32(v[0]) << 18 | quint32(v[1]) << 12 | quint32(v[2]) << 6 | quint32(v[3]);
        out[o++] = char(n >> 16);
        if (o < decoded)
            out[o++] = char(n >> 8 & 0xff);
        if (o < decoded)
            out[o++] = char(n & 0xff);
    }
    return decoded;
}

bool isAscii(QByteArrayView text)
{
    for (const char c : text) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// "\r\nETag: E\r\nCache-Control: private, max-age=T": what addCaching sends, made once per answer.
QByteArray cachingLines(const QByteArray &etag, int ttlSeconds)
{
    // private: the body holds this application's credentials; shared caches must not keep it.
    return "\r\nETag: " + etag + "\r\nCache-Control: private, max-age=" + QByteArray::number(ttlSeconds);
}

HttpResponse unauthorized(const QString &message)
{
    HttpResponse r = HttpResponse::error(401, message);
    r.headers.emplaceBack("WWW-Authenticate", "Basic realm=\"switchboard\"");
    return r;
}

} // namespace

HttpResponse ServiceGateway::serviceGw(const RouterState *state, const HttpRequest &request, QString *applicationOut)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::error(405, QObject::tr("use GET /servicegw"));
        r.headers.emplaceBack("Allow", "GET, HEAD");
        return r;
    }
    if (!state)
        return HttpResponse::error(503, QObject::tr("no routing bundle installed yet: push one from the portal"));

    // Authentication first: nothing about the catalog is told to a caller without a valid token.
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return unauthorized(QObject::tr("authentication required: send HTTP Basic auth with the application name and its token"));
    if (!authorization.startsWith("Basic ") && !authorization.startsWith("basic "))
        return unauthorized(QObject::tr("unsupported authorization scheme: use HTTP Basic auth"));
    // The credentials: read on the stack (no copies) when they are plain base64 of ASCII
    // user:token; anything else the slow way, with the same outcome and messages.
    QByteArrayView encoded = QByteArrayView(authorization).sliced(6);
    while (!encoded.isEmpty() && (encoded.front() == ' ' || encoded.front() == '\t'))
        encoded = encoded.sliced(1);
    while (!encoded.isEmpty() && (encoded.back() == ' ' || encoded.back() == '\t'))
        encoded.chop(1);
    char credentials[kMaxStackCredentials];
    const qsizetype credentialsSize = decodeStrictBase64(encoded, credentials, sizeof credentials);
    const auto scrub = qScopeGuard([&] { sodium_memzero(credentials, size_t(qMax<qsizetype>(0, credentialsSize))); });
    const char *credentialsColon = credentialsSize > 0
        ? static_cast<const char *>(std::memchr(credentials, ':', size_t(credentialsSize)))
        : nullptr;
    const Application *app = nullptr;
    if (credentialsColon && isAscii(QByteArrayView(credentials, credentialsColon - credentials))) {
        const QLatin1StringView user(credentials, credentialsColon - credentials);
        app = state->authenticate(QByteArrayView(credentialsColon + 1, credentials + credentialsSize - credentialsColon - 1));
        if (!app || (!user.isEmpty() && user != app->name))
            return unauthorized(QObject::tr("wrong application name or token: check the credentials the portal issued"));
    } else {
        const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon < 0)
            return unauthorized(QObject::tr("malformed Basic auth: expected base64 of application:token"));
        const QString user = QString::fromUtf8(decoded.decoded.left(colon));
        QByteArray token = decoded.decoded.mid(colon + 1);
        app = state->authenticate(token);
        sodium_memzero(token.data(), size_t(token.size()));
        if (!app || (!user.isEmpty() && user != app->name))
            return unauthorized(QObject::tr("wrong application name or token: check the credentials the portal issued"));
    }
    if (applicationOut)
        *applicationOut = app->name;

    // A lookup asked before, byte for byte, under this bundle: the same answer. Only short
    // queries (SDKs send about a hundred bytes): a long one, e.g. a channel padded with %20 to a
    // megabyte, would make a key of its size per variant; it takes the normalised path below.
    // The key is made on the stack and looked up as a view.
    char rawKeyBytes[kMaxRawKeyQuery + 32];
    qsizetype rawKeySize = 0;
    if (request.query.size() <= kMaxRawKeyQuery) {
        std::memcpy(rawKeyBytes, "raw\x1f", 4);
        rawKeySize = 4;
        rawKeySize = std::to_chars(rawKeyBytes + rawKeySize, rawKeyBytes + sizeof rawKeyBytes, app->id).ptr - rawKeyBytes;
        rawKeyBytes[rawKeySize++] = '\x1f';
        std::memcpy(rawKeyBytes + rawKeySize, request.query.constData(), size_t(request.query.size()));
        rawKeySize += request.query.size();
    }
    const QByteArray rawKey = QByteArray::fromRawData(rawKeyBytes, rawKeySize);
    if (const auto hit = rawKeySize == 0 ? std::nullopt : state->cached(rawKey)) {
        HttpResponse response = HttpResponse::json(200, hit->body);
        addCaching(*state, response, request, hit->etag, hit->headerLines);
        return response;
    }

    auto lookup = parseLookupQuery(request.query);
    if (!lookup)
        return HttpResponse::error(400, lookup.error());
    return answer(*state, *app, *lookup, request, nullptr, nullptr, QByteArray(rawKey.constData(), rawKey.size()));
}

ServiceGateway::HeaderLookup ServiceGateway::mapHeaders(const HttpRequest &request)
{
    HeaderLookup out;
    // Header names are lower-cased by the parser: HTTP says they are case-insensitive.
    out.token = request.header("apikey");
    if (out.token.isEmpty()) {
        out.error = unauthorized(QObject::tr("authentication required: send the application's token in the apikey header"));
        return out;
    }
    const QString serviceType = QString::fromUtf8(request.header("service-type")).trimmed();
    if (serviceType.isEmpty()) {
        out.error = HttpResponse::error(400, QObject::tr("the Service-Type header is missing: send Service-Type: kafka"));
        return out;
    }
    if (serviceType.compare(QLatin1String("kafka"), Qt::CaseInsensitive) != 0) {
        out.error = HttpResponse::error(400, QObject::tr("Service-Type %1 is not served here: this service only "
                                                         "locates kafka").arg(serviceType));
        return out;
    }
    const QString explicitUri = QString::fromUtf8(request.header("x-channel-uri")).trimmed();
    if (!explicitUri.isEmpty()) {
        out.lookup.channels = {explicitUri};
    } else {
        const QString channel = QString::fromUtf8(request.header("channel")).trimmed();
        const QString organization = QString::fromUtf8(request.header("organization")).trimmed();
        if (channel.isEmpty() || organization.isEmpty()) {
            out.error = HttpResponse::error(400, QObject::tr("send the Channel and Organization headers (the channel is "
                                                             "kafka://<Organization>/<Channel>), or X-Channel-URI"));
            return out;
        }
        QString path = channel;
        while (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        out.lookup.channels = {QStringLiteral("kafka://%1/%2").arg(organization, path)};
    }
    out.lookup.profile = QString::fromUtf8(request.header("x-config-profile")).trimmed();
    out.lookup.environment = QString::fromUtf8(request.header("x-kafka-env")).trimmed();
    out.lookup.profileRequired = false;
    return out;
}

HttpResponse ServiceGateway::serviceLocator(const RouterState *state, const HttpRequest &request, QString *applicationOut)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::error(405, QObject::tr("use GET /service-locator"));
        r.headers.emplaceBack("Allow", "GET, HEAD");
        return r;
    }
    if (!state)
        return HttpResponse::error(503, QObject::tr("no routing bundle installed yet: push one from the portal"));
    HeaderLookup mapped = mapHeaders(request);
    // The token is checked before anything the headers ask for is looked at.
    const Application *app = mapped.token.isEmpty() ? nullptr : state->authenticate(mapped.token);
    sodium_memzero(mapped.token.data(), size_t(mapped.token.size()));
    if (mapped.error && mapped.error->status == 401)
        return *mapped.error;
    if (!app)
        return unauthorized(QObject::tr("wrong apikey: check the token the portal issued for this application"));
    if (applicationOut)
        *applicationOut = app->name;
    if (mapped.error)
        return *mapped.error;
    QString bootstrap;
    QString topic;
    HttpResponse response = answer(*state, *app, mapped.lookup, request, &bootstrap, &topic);
    if (response.status == 200 || response.status == 304) {
        response.headers.emplaceBack("X-Kafka-Bootstrap-Servers", bootstrap.toUtf8());
        response.headers.emplaceBack("X-Kafka-Topic", topic.toUtf8());
    }
    return response;
}

HttpResponse ServiceGateway::answer(const RouterState &state, const Application &app, const LookupRequest &lookup,
                                    const HttpRequest &request, QString *bootstrapOut, QString *topicOut,
                                    const QByteArray &aliasKey)
{
    // The answer cache is keyed by the normalised lookup: channels in their canonical form, so
    // the spellings of one lookup (case, padding) share one entry; a key past 256 bytes is
    // replaced by its BLAKE2b digest, so no client makes large keys. A channel that does not
    // parse skips the cache (its error comes below, in the usual order).
    QByteArray cacheKey = QByteArray::number(app.id);
    for (const QString *part : {&lookup.profile, &lookup.environment, &lookup.profileType, &lookup.consumerGroup})
        cacheKey += '\x1f' + part->toUtf8();
    for (const QString &channel : lookup.channels) {
        const auto uri = ChannelUri::parse(channel);
        if (!uri) {
            cacheKey.clear();
            break;
        }
        cacheKey += '\x1e' + uri->toString().toUtf8();
    }
    if (cacheKey.size() > kMaxPlainKey) {
        unsigned char digest[16];
        crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(cacheKey.constData()),
                           size_t(cacheKey.size()), nullptr, 0);
        cacheKey = "h\x1f" + QByteArray(reinterpret_cast<const char *>(digest), sizeof digest);
    }
    if (const auto hit = cacheKey.isEmpty() ? std::nullopt : state.cached(cacheKey)) {
        HttpResponse response = HttpResponse::json(200, hit->body);
        if (bootstrapOut)
            *bootstrapOut = hit->bootstrap;
        if (topicOut)
            *topicOut = hit->topic;
        addCaching(state, response, request, hit->etag, hit->headerLines);
        return response;
    }
    // The answer itself is built where the desktop's dry run builds it too (LookupAnswer).
    const LookupAnswer built = LookupAnswer::resolve(state, app, lookup);
    if (!built.ok())
        return HttpResponse::error(built.status, built.message);
    const QJsonObject &body = built.body;
    HttpResponse response = HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (bootstrapOut)
        *bootstrapOut = built.bootstrapServers;
    if (topicOut)
        *topicOut = built.topic;
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(response.body.constData()),
                       size_t(response.body.size()), nullptr, 0);
    const QByteArray etag = '"' + QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex() + '"';
    const CachedAnswer cached{response.body, etag, built.bootstrapServers, built.topic, built.credentialValidUntil,
                              cachingLines(etag, state.ttlSeconds())};
    if (!cacheKey.isEmpty())
        state.remember(cacheKey, cached);
    if (!aliasKey.isEmpty())
        state.remember(aliasKey, cached);
    addCaching(state, response, request, etag, cached.headerLines);
    return response;
}

void ServiceGateway::addCaching(const RouterState &state, HttpResponse &response, const HttpRequest &request,
                                const QByteArray &etag, const QByteArray &headerLines)
{
    response.headerLines = headerLines.isEmpty() ? cachingLines(etag, state.ttlSeconds()) : headerLines;
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty()) {
        for (QByteArray candidate : ifNoneMatch.split(',')) {
            candidate = candidate.trimmed();
            if (candidate.startsWith("W/"))
                candidate = candidate.mid(2);
            if (candidate == etag || candidate == "*") {
                response.status = 304;
                response.body.clear();
                break;
            }
        }
    }
}

} // namespace Switchboard::Router
