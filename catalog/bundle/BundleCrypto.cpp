#include "bundle/BundleCrypto.h"

#include <QCryptographicHash>
#include <QObject>

#include <sodium.h>

namespace Switchboard::BundleCrypto {

bool initialize()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Ed25519KeyPair generateEd25519KeyPair()
{
    initialize();
    Ed25519KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

X25519KeyPair generateX25519KeyPair()
{
    initialize();
    X25519KeyPair pair;
    pair.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                       reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray boxPublicKeyFor(const QByteArray &secretKey)
{
    initialize();
    if (secretKey.size() != int(crypto_box_SECRETKEYBYTES))
        return {};
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pk.data()),
                           reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return pk;
}

QByteArray sign(const QByteArray &message, const QByteArray &signingSecretKey)
{
    initialize();
    if (signingSecretKey.size() != int(crypto_sign_SECRETKEYBYTES))
        return {};
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                         reinterpret_cast<const unsigned char *>(signingSecretKey.constData()));
    return signature;
}

QByteArray digest512(const QByteArray &message)
{
    initialize();
    QByteArray digest(crypto_generichash_BYTES_MAX, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), nullptr, 0);
    return digest;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &signingPublicKey)
{
    initialize();
    if (signature.size() != int(crypto_sign_BYTES) || signingPublicKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       size_t(message.size()),
                                       reinterpret_cast<const unsigned char *>(signingPublicKey.constData()))
        == 0;
}

QByteArray seal(const QByteArray &plaintext, const QByteArray &recipientPublicKey)
{
    initialize();
    if (recipientPublicKey.size() != int(crypto_box_PUBLICKEYBYTES))
        return {};
    QByteArray sealed(plaintext.size() + int(crypto_box_SEALBYTES), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                    reinterpret_cast<const unsigned char *>(plaintext.constData()), size_t(plaintext.size()),
                    reinterpret_cast<const unsigned char *>(recipientPublicKey.constData()));
    return sealed;
}

Result<QByteArray> open(const QByteArray &sealed, const X25519KeyPair &recipient)
{
    initialize();
    if (recipient.publicKey.size() != int(crypto_box_PUBLICKEYBYTES)
        || recipient.secretKey.size() != int(crypto_box_SECRETKEYBYTES))
        return makeError(QObject::tr("the routing service's key pair is incomplete"));
    if (sealed.size() < int(crypto_box_SEALBYTES))
        return makeError(QObject::tr("a sealed value is too short"));
    QByteArray plain(sealed.size() - int(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                             reinterpret_cast<const unsigned char *>(sealed.constData()), size_t(sealed.size()),
                             reinterpret_cast<const unsigned char *>(recipient.publicKey.constData()),
                             reinterpret_cast<const unsigned char *>(recipient.secretKey.constData()))
        != 0)
        return makeError(QObject::tr("a sealed value does not open with this service's key "
                                     "(sealed for another service, or damaged)"));
    return plain;
}

QString fingerprint(const QByteArray &publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

Result<QByteArray> decodeKey(const QString &base64, int expectedLength, const QString &what)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedLength)
        return makeError(QObject::tr("%1 must be %2 bytes in base64").arg(what).arg(expectedLength));
    return decoded.decoded;
}

bool equal(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
        && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

void scrub(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace Switchboard::BundleCrypto
