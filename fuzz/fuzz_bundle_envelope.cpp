// The signed envelope as it arrives in a PUT /admin/v1/bundle body or the kept bundle.json:
// SignedBundle::parse, then the whole BundleVerifier as the routing service runs it (trusting
// the fixed fuzz portal key). Beyond not crashing: a parsed envelope writes back to JSON that
// parses to the same fields, and forged bytes never pass the signature check.

#include "FuzzKeys.h"
#include "FuzzSupport.h"

#include "bundle/BundleVerifier.h"
#include "bundle/SignedBundle.h"

using namespace Switchboard;
using namespace SwitchboardFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QByteArray envelope = bytes(data, size);
    const auto parsed = SignedBundle::parse(envelope);
    if (parsed) {
        const auto again = SignedBundle::parse(parsed->toJson());
        check(bool(again), "a parsed envelope's JSON parses", again.error());
        check(again->signer == parsed->signer && again->payload == parsed->payload
                  && again->signature == parsed->signature && again->covers == parsed->covers,
              "an envelope round-trips");
    } else {
        check(!parsed.error().isEmpty(), "a refusal says why");
    }
    static const BundleVerifier verifier({portalKey().publicKey}, serviceKey().publicKey);
    const BundleVerification v = verifier.verify(envelope, 0);
    // Without the fuzz portal's secret key no input can carry a valid signature.
    check(v.rejection == BundleRejection::Malformed || v.rejection == BundleRejection::UntrustedSigner
              || v.rejection == BundleRejection::BadSignature,
          "nothing passes the signature check unsigned", v.message);
    check(v.ok() || !v.message.isEmpty(), "a refusal says why");
    return 0;
}
