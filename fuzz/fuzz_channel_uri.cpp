// ChannelUri::parse over arbitrary text. Beyond not crashing: what parses is canonical (its
// spelling parses to itself), every segment and the host pass the alphabet checks, and no
// control character is ever accepted or echoed back in a message.

#include "FuzzSupport.h"

#include "routing/ChannelUri.h"

using namespace Switchboard;
using namespace SwitchboardFuzz;

namespace {
bool hasControl(const QString &s)
{
    for (QChar c : s)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(bytes(data, size));
    (void)ChannelUri::isValidSegment(text);
    (void)ChannelUri::isValidHost(text);
    const auto uri = ChannelUri::parse(text);
    if (!uri) {
        check(!uri.error().isEmpty(), "a refusal says why");
        check(!hasControl(uri.error()), "no control character in a message", uri.error());
        return 0;
    }
    const QString canonical = uri->toString();
    check(!hasControl(canonical), "no control character in a channel", canonical);
    check(ChannelUri::isValidHost(uri->host()), "the host is valid", canonical);
    check(!uri->segments().isEmpty() && !uri->key().isEmpty(), "a channel has a key", canonical);
    for (const QString &segment : uri->segments())
        check(ChannelUri::isValidSegment(segment), "each segment is valid", canonical);
    const auto again = ChannelUri::parse(canonical);
    check(bool(again) && *again == *uri && again->toString() == canonical, "the canonical form parses to itself", canonical);
    return 0;
}
