#include "bundle/SharedBoxKey.h"

#include "bundle/BundleCrypto.h"

#include <QObject>

#include <sodium.h>

namespace Switchboard {

static_assert(crypto_box_BEFORENMBYTES == 32);
static_assert(SharedBoxKey::kOverhead == int(crypto_box_NONCEBYTES + crypto_box_MACBYTES));

Result<SharedBoxKey> SharedBoxKey::agree(const QByteArray &publicKey, const QByteArray &secretKey)
{
    BundleCrypto::initialize();
    if (publicKey.size() != int(crypto_box_PUBLICKEYBYTES) || secretKey.size() != int(crypto_box_SECRETKEYBYTES))
        return makeError(QObject::tr("a box key must be %1 bytes").arg(crypto_box_PUBLICKEYBYTES));
    SharedBoxKey key;
    if (crypto_box_beforenm(key.m_key.data(), reinterpret_cast<const unsigned char *>(publicKey.constData()),
                            reinterpret_cast<const unsigned char *>(secretKey.constData()))
        != 0)
        return makeError(QObject::tr("the box public key is not usable (a degenerate X25519 point)"));
    return key;
}

SharedBoxKey::SharedBoxKey(SharedBoxKey &&other) noexcept : m_key(other.m_key)
{
    other.wipe();
}

SharedBoxKey &SharedBoxKey::operator=(SharedBoxKey &&other) noexcept
{
    if (this != &other) {
        m_key = other.m_key;
        other.wipe();
    }
    return *this;
}

SharedBoxKey::~SharedBoxKey()
{
    wipe();
}

void SharedBoxKey::wipe()
{
    sodium_memzero(m_key.data(), m_key.size());
}

QByteArray SharedBoxKey::box(const QByteArray &plaintext) const
{
    QByteArray boxed(int(crypto_box_NONCEBYTES + crypto_box_MACBYTES) + plaintext.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(boxed.data());
    randombytes_buf(nonce, crypto_box_NONCEBYTES);
    crypto_box_easy_afternm(nonce + crypto_box_NONCEBYTES, reinterpret_cast<const unsigned char *>(plaintext.constData()),
                            size_t(plaintext.size()), nonce, m_key.data());
    return boxed;
}

Result<QByteArray> SharedBoxKey::open(const QByteArray &boxed) const
{
    if (boxed.size() < int(crypto_box_NONCEBYTES + crypto_box_MACBYTES))
        return makeError(QObject::tr("a boxed value is too short"));
    const auto *nonce = reinterpret_cast<const unsigned char *>(boxed.constData());
    QByteArray plain(boxed.size() - int(crypto_box_NONCEBYTES + crypto_box_MACBYTES), Qt::Uninitialized);
    if (crypto_box_open_easy_afternm(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_box_NONCEBYTES,
                                     size_t(boxed.size()) - crypto_box_NONCEBYTES, nonce, m_key.data())
        != 0) {
        BundleCrypto::scrub(plain);
        return makeError(QObject::tr("a boxed value does not open with this service's key "
                                     "(boxed for another service, or damaged)"));
    }
    return plain;
}

} // namespace Switchboard
