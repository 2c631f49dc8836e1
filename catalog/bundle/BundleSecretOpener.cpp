#include "bundle/BundleSecretOpener.h"

#include <QObject>

namespace Switchboard {

Result<BundleSecretOpener> BundleSecretOpener::create(const BundlePayload &payload, const X25519KeyPair &serviceKey)
{
    BundleSecretOpener opener(serviceKey);
    if (payload.format >= 2) {
        auto shared = SharedBoxKey::agree(payload.secretBoxPublicKey, serviceKey.secretKey);
        if (!shared)
            return makeError(QObject::tr("the bundle's secret box key: %1").arg(shared.error()));
        opener.m_shared.emplace(std::move(shared).value());
    }
    return opener;
}

Result<QByteArray> BundleSecretOpener::open(const QByteArray &boxed) const
{
    if (m_shared)
        return m_shared->open(boxed);
    return BundleCrypto::open(boxed, *m_serviceKey);
}

} // namespace Switchboard
