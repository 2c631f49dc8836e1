#include "bundle/SignedBundle.h"

#include "bundle/Base64.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace Switchboard {

namespace {
constexpr std::string_view kFormat = "switchboard-bundle";
constexpr std::string_view kDigest = "blake2b-512";
QLatin1String formatName() { return QLatin1String(kFormat.data(), qsizetype(kFormat.size())); }
// Says what is signed: a signature over a digest can never pass for one over a payload (a
// payload is JSON, this is not) nor over another scheme's digest.
constexpr char kDigestContext[] = "switchboard-bundle blake2b-512\n";
}

QByteArray SignedBundle::signedMessage() const
{
    if (covers == Covers::Payload)
        return payload;
    return QByteArray(kDigestContext) + BundleCrypto::digest512(payload);
}

SignedBundle SignedBundle::sign(const BundlePayload &payload, const Ed25519KeyPair &portalKey)
{
    SignedBundle bundle;
    bundle.signer = portalKey.publicKey;
    bundle.payload = QJsonDocument(payload.toJson()).toJson(QJsonDocument::Compact);
    bundle.covers = Covers::Digest;
    bundle.signature = BundleCrypto::sign(bundle.signedMessage(), portalKey.secretKey);
    return bundle;
}

QByteArray SignedBundle::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), formatName()},
                  {QStringLiteral("signer"), QString::fromLatin1(signer.toBase64())},
                  {QStringLiteral("payload"), QString::fromLatin1(payload.toBase64())},
                  {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    if (covers == Covers::Digest)
        o.insert(QStringLiteral("digest"), QLatin1String(kDigest.data(), qsizetype(kDigest.size())));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<SignedBundle> SignedBundle::parse(const QByteArray &json)
{
    // simdjson, not QJsonDocument: the envelope is megabytes of one base64 string, and a
    // QJsonDocument would turn it into UTF-16 and back before it could be decoded. Here it is
    // decoded straight from the parser's bytes.
    thread_local simdjson::dom::parser parser;   // kept, like the payload's (see BundlePayload::fromJson)
    simdjson::dom::element document;
    if (const auto error = parser.parse(json.constData(), size_t(json.size())).get(document))
        return makeError(QObject::tr("malformed bundle: not JSON (%1)").arg(QLatin1String(simdjson::error_message(error))));
    simdjson::dom::object o;
    if (document.get_object().get(o))
        return makeError(QObject::tr("malformed bundle: expected a JSON object"));
    std::string_view format;
    if (o["format"].get_string().get(format) || format != kFormat)
        return makeError(QObject::tr("malformed bundle: \"format\" must be \"%1\"").arg(formatName()));
    SignedBundle bundle;
    for (const auto &[key, target] : {std::pair<const char *, QByteArray *>{"signer", &bundle.signer},
                                      {"payload", &bundle.payload},
                                      {"signature", &bundle.signature}}) {
        std::string_view text;
        std::optional<QByteArray> decoded;
        if (!o[key].get_string().get(text))
            decoded = Base64::decode(text);
        if (!decoded || decoded->isEmpty())
            return makeError(QObject::tr("malformed bundle: \"%1\" must be non-empty base64")
                                 .arg(QLatin1String(key)));
        *target = std::move(*decoded);
    }
    std::string_view digest;
    switch (o["digest"].get_string().get(digest)) {
    case simdjson::SUCCESS:
        if (digest != kDigest)
            return makeError(QObject::tr("malformed bundle: \"digest\" must be \"%1\" (or absent)")
                                 .arg(QLatin1String(kDigest.data(), qsizetype(kDigest.size()))));
        bundle.covers = Covers::Digest;
        break;
    case simdjson::NO_SUCH_FIELD:
        break;
    default:
        return makeError(QObject::tr("malformed bundle: \"digest\" must be a string"));
    }
    return bundle;
}

} // namespace Switchboard
