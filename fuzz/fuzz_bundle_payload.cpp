// The bundle payload past the signature check: each input is signed with the fixed fuzz portal
// key inside the harness, so BundleVerifier reaches BundlePayload::fromJson with the fuzzer's
// bytes (as it would with a trusted portal's). A payload that reads is then written back and
// read again (it must read the same), and, with its secrets re-boxed for the fixed service key,
// built into a RouterState as the routing service would, and asked a few lookups.

#include "FuzzKeys.h"
#include "FuzzSupport.h"

#include "RouterState.h"
#include "bundle/BundleVerifier.h"
#include "bundle/SharedBoxKey.h"
#include "bundle/SignedBundle.h"

#include <QJsonDocument>

using namespace Switchboard;
using namespace SwitchboardFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const Ed25519KeyPair &portal = portalKey();
    SignedBundle signedBundle;
    signedBundle.signer = portal.publicKey;
    signedBundle.payload = bytes(data, size);
    // One input in two is signed over the payload itself (the older envelopes), so both read.
    signedBundle.covers = (size % 2) ? SignedBundle::Covers::Payload : SignedBundle::Covers::Digest;
    signedBundle.signature = BundleCrypto::sign(signedBundle.signedMessage(), portal.secretKey);
    const QByteArray envelope = signedBundle.toJson();

    static const BundleVerifier verifier({portal.publicKey}, serviceKey().publicKey);
    BundleVerification v = verifier.verify(envelope, 0);
    check(v.rejection != BundleRejection::UntrustedSigner && v.rejection != BundleRejection::BadSignature,
          "a payload signed by the trusted key passes the signature check", v.message);
    if (!v.ok()) {
        check(!v.message.isEmpty(), "a refusal says why");
        return 0;
    }

    // What reads, writes back and reads the same.
    const QByteArray written = QJsonDocument(v.payload.toJson()).toJson(QJsonDocument::Compact);
    const auto reread = BundlePayload::fromJson(written);
    check(bool(reread), "a payload that reads reads again once written", reread.error());
    check(reread->version == v.payload.version && reread->ttlSeconds == v.payload.ttlSeconds
              && reread->clusters.size() == v.payload.clusters.size()
              && reread->applications.size() == v.payload.applications.size()
              && reread->channels.size() == v.payload.channels.size() && reread->rules.size() == v.payload.rules.size(),
          "a payload round-trips");
    check(QJsonDocument(reread->toJson()).toJson(QJsonDocument::Compact) == written, "a payload's JSON is stable");

    // Secrets the fixed service key opens, so the build goes past them into the indexes.
    static const X25519KeyPair ephemeral = boxKey(0x5a);
    auto shared = SharedBoxKey::agree(serviceKey().publicKey, ephemeral.secretKey);
    check(bool(shared), "the fixed keys agree");
    BundlePayload payload = std::move(v.payload);
    payload.format = BundlePayload::kFormatVersion;
    payload.secretBoxPublicKey = ephemeral.publicKey;
    payload.boxedTokenHashKey = shared->box(QByteArray(32, '\x01'));
    for (BundleApplication &app : payload.applications)
        for (BundleCredential &credential : app.credentials)
            credential.boxedSecret = shared->box(QByteArrayLiteral("secret"));
    const auto state = Router::RouterState::build(std::move(payload), serviceKey(), envelope);
    if (!state) {
        check(!state.error().isEmpty(), "a refusal says why");
        return 0;
    }
    const Router::RouterState &s = **state;
    (void)s.authenticate(QByteArrayLiteral("token"));
    (void)s.profileNames();
    for (const Application &app : s.model().applications) {
        for (const Channel &channel : s.model().channels)
            (void)s.modelFor(app, channel.uri);
        for (const RoutedCluster &cluster : s.model().clusters)
            (void)s.credential(app.id, cluster.id);
    }
    return 0;
}
