// Rule patterns and topic templates (RulePattern): the input is five lines, host pattern, path
// pattern, topic template, a channel URI and a second rule's path pattern. Beyond not crashing:
// a rule that validates overlaps itself, a matching channel expands to a valid Kafka topic name,
// and overlap is symmetric.

#include "FuzzSupport.h"

#include "routing/RulePattern.h"

using namespace Switchboard;
using namespace SwitchboardFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QList<QString> f = fields(data, size, 5);
    PatternRule rule;
    rule.id = 1;
    rule.environment = QStringLiteral("prod");
    rule.hostPattern = f.at(0);
    rule.pathPattern = f.at(1);
    rule.topicTemplate = f.at(2);
    rule.clusterId = 1;
    (void)RulePattern::describe(rule);
    const Status valid = RulePattern::validate(rule);
    if (!valid) {
        check(!valid.error().isEmpty(), "a refusal says why");
        return 0;
    }
    (void)RulePattern::specificity(rule);
    check(RulePattern::overlaps(rule, rule), "a valid rule overlaps itself", RulePattern::describe(rule));

    PatternRule other = rule;
    other.id = 2;
    other.pathPattern = f.at(4);
    if (RulePattern::validate(other))
        check(RulePattern::overlaps(rule, other) == RulePattern::overlaps(other, rule), "overlap is symmetric",
              RulePattern::describe(rule) + QStringLiteral(" / ") + RulePattern::describe(other));

    const auto uri = ChannelUri::parse(f.at(3));
    if (!uri)
        return 0;
    (void)RulePattern::hostMatches(rule.hostPattern, uri->host());
    (void)RulePattern::pathMatches(rule.pathPattern, uri->segments());
    if (!RulePattern::matches(rule, *uri))
        return 0;
    const auto topic = RulePattern::expandTopic(rule, *uri);
    if (topic)
        check(RulePattern::isValidTopicName(*topic), "an expanded topic is a valid Kafka topic name", *topic);
    else
        check(!topic.error().isEmpty(), "a failed expansion says why");
    return 0;
}
