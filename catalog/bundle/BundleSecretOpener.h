#pragma once

// Opens a verified payload's secrets (the token-hash key, the credentials' passwords) with the
// routing service's key, whatever the payload's format: format 2 agrees on the bundle's shared
// box key once (SharedBoxKey) and opens every secret with it; format 1, which an older portal
// wrote and an upgraded service may find on disk, opens each sealed box on its own (one X25519
// agreement per secret). The shared key is wiped when the opener goes.

#include "bundle/BundleCrypto.h"
#include "bundle/BundlePayload.h"
#include "bundle/SharedBoxKey.h"

#include <optional>

namespace Switchboard {

class BundleSecretOpener {
public:
    // serviceKey must outlive the opener.
    static Result<BundleSecretOpener> create(const BundlePayload &payload, const X25519KeyPair &serviceKey);

    // One of the payload's boxed values (BundlePayload::boxedTokenHashKey, BundleCredential::boxedSecret).
    Result<QByteArray> open(const QByteArray &boxed) const;

private:
    explicit BundleSecretOpener(const X25519KeyPair &serviceKey) : m_serviceKey(&serviceKey) {}

    const X25519KeyPair *m_serviceKey;
    std::optional<SharedBoxKey> m_shared;   // format 2
};

} // namespace Switchboard
