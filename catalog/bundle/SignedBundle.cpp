#include "bundle/SignedBundle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace Switchboard {

namespace {
const QString kFormat = QStringLiteral("switchboard-bundle");
}

SignedBundle SignedBundle::sign(const BundlePayload &payload, const Ed25519KeyPair &portalKey)
{
    SignedBundle bundle;
    bundle.signer = portalKey.publicKey;
    bundle.payload = QJsonDocument(payload.toJson()).toJson(QJsonDocument::Compact);
    bundle.signature = BundleCrypto::sign(bundle.payload, portalKey.secretKey);
    return bundle;
}

QByteArray SignedBundle::toJson() const
{
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("signer"), QString::fromLatin1(signer.toBase64())},
                        {QStringLiteral("payload"), QString::fromLatin1(payload.toBase64())},
                        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<SignedBundle> SignedBundle::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return makeError(QObject::tr("malformed bundle: not JSON (%1 at offset %2)")
                             .arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return makeError(QObject::tr("malformed bundle: expected a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return makeError(QObject::tr("malformed bundle: \"format\" must be \"%1\"").arg(kFormat));
    SignedBundle bundle;
    for (const auto &[key, target] : {std::pair<const char *, QByteArray *>{"signer", &bundle.signer},
                                      {"payload", &bundle.payload},
                                      {"signature", &bundle.signature}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!v.isString() || !decoded || decoded.decoded.isEmpty())
            return makeError(QObject::tr("malformed bundle: \"%1\" must be non-empty base64")
                                 .arg(QLatin1String(key)));
        *target = decoded.decoded;
    }
    return bundle;
}

} // namespace Switchboard
