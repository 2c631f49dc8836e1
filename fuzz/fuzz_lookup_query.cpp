// The /servicegw query string (parseLookupQuery), then each channel it names through
// ChannelUri::parse, as the gateway does. Beyond not crashing: channel[N] indexes come out in
// order and a refusal says why.

#include "FuzzSupport.h"

#include "LookupQuery.h"
#include "routing/ChannelUri.h"

using namespace Switchboard;
using namespace SwitchboardFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16384)   // the router's default largest lookup request
        return 0;
    const auto lookup = Router::parseLookupQuery(bytes(data, size));
    if (!lookup) {
        check(!lookup.error().isEmpty(), "a refusal says why");
        return 0;
    }
    check(lookup->channels.size() <= 10000, "at most channel[0..9999]");
    for (const QString &channel : lookup->channels) {
        const auto uri = ChannelUri::parse(channel);
        if (uri)
            check(!channel.contains(QChar(0)), "a NUL never passes", channel);
    }
    return 0;
}
