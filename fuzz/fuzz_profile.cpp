// Profile property validation (ProfileValidator, through librdkafka's own configuration parser).
// Two ways in, chosen by the first byte: a profile as JSON (Profile::fromJson, then validate(),
// as a copied or imported profile would be), or one property as a user types it: role, name
// and text (typedValue(), then validateProperty(), as `profile set` does). Beyond not crashing:
// every issue names what it is about and says why.

#include "FuzzSupport.h"

#include "profiles/ProfileValidator.h"

#include <QJsonDocument>

using namespace Switchboard;
using namespace SwitchboardFuzz;

namespace {
void checkIssues(const QList<ProfileIssue> &issues)
{
    for (const ProfileIssue &issue : issues)
        check(!issue.message.isEmpty(), "an issue says why");
    if (ProfileValidator::hasErrors(issues))
        check(!ProfileValidator::errorSummary(issues).isEmpty(), "errors are summarised");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 8192)
        return 0;
    if (data[0] & 1) {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes(data + 1, size - 1));
        if (!doc.isObject())
            return 0;
        const auto profile = Profile::fromJson(doc.object());
        if (!profile)
            return 0;
        (void)ProfileValidator::isValidName(profile->name);
        checkIssues(ProfileValidator::validate(*profile));
        // What a profile writes, it reads back.
        const auto again = Profile::fromJson(profile->toJson());
        check(bool(again) && *again == *profile, "a profile round-trips");
        return 0;
    }
    const QList<QString> f = fields(data + 1, size - 1, 2);
    const ProfileRole role = (data[0] & 2) ? ProfileRole::Consumer : ProfileRole::Producer;
    const QJsonValue value = ProfileValidator::typedValue(f.at(0), f.at(1));
    (void)Profile::valueToString(value);
    (void)ProfileValidator::librdkafkaInfo(f.at(0));
    checkIssues(ProfileValidator::validateProperty(role, f.at(0), value));
    return 0;
}
