#pragma once

// The pattern language of routing rules (see PatternRule): validation, matching against a
// channel URI, topic template expansion, and the specificity that decides between rules.
//
// Specificity: a rule with more literal path segments is more specific; on equal path
// segments, more literal host labels wins ("*" alone has none). Two rules in one environment
// that can match the same URI with equal specificity would tie; Resolver::checkRule refuses
// the second one when it is saved.

#include "core/Result.h"
#include "routing/ChannelUri.h"
#include "routing/RoutingModel.h"

#include <compare>

namespace Switchboard {

struct RuleSpecificity {
    int literalPathSegments = 0;
    int literalHostLabels = 0;
    auto operator<=>(const RuleSpecificity &) const = default;
};

class RulePattern {
public:
    // The host pattern, path pattern and topic template are well-formed and the template only
    // names segments the path pattern has. Errors name the bad part.
    static Status validate(const PatternRule &rule);

    static bool hostMatches(const QString &hostPattern, const QString &host);
    static bool pathMatches(const QString &pathPattern, const QStringList &segments);
    static bool matches(const PatternRule &rule, const ChannelUri &uri);

    // The topic the rule's template names for uri (which must match the rule).
    static Result<QString> expandTopic(const PatternRule &rule, const ChannelUri &uri);

    static RuleSpecificity specificity(const PatternRule &rule);
    // Whether some channel URI matches both rules' patterns (environments are not compared).
    static bool overlaps(const PatternRule &a, const PatternRule &b);

    // "kafka://host/path/* -> topic template", for messages.
    static QString describe(const PatternRule &rule);

    // Kafka's topic name rules: 1..249 of [A-Za-z0-9._-], not "." or "..".
    static bool isValidTopicName(const QString &name);
};

} // namespace Switchboard
