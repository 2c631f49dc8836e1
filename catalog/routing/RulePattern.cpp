#include "routing/RulePattern.h"

#include <QObject>

namespace Switchboard {

namespace {

const QLatin1String kAny("*");

bool isTopicChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_')
        || c == QLatin1Char('-');
}

// A template is literal text and placeholders; parsed once for validation and expansion.
struct TemplatePart {
    QString literal;
    int segment = -1;     // >= 0: path segment index
    bool key = false;     // {key}
};

Result<QList<TemplatePart>> parseTemplate(const QString &text)
{
    QList<TemplatePart> parts;
    QString literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('}'))
            return makeError(QObject::tr("Topic template \"%1\": a '}' without its '{'").arg(text));
        if (c != QLatin1Char('{')) {
            if (!isTopicChar(c))
                return makeError(QObject::tr("Topic template \"%1\" contains \"%2\"; topic names use letters, digits, "
                                             "'.', '_' and '-'").arg(text, QString(c)));
            literal += c;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i);
        if (close < 0)
            return makeError(QObject::tr("Topic template \"%1\": a '{' without its '}'").arg(text));
        const QString name = text.mid(i + 1, close - i - 1);
        TemplatePart part;
        bool isNumber = false;
        const int index = name.toInt(&isNumber);
        if (name == QLatin1String("key")) {
            part.key = true;
        } else if (isNumber && index >= 0 && !name.startsWith(QLatin1Char('+'))) {
            part.segment = index;
        } else {
            return makeError(QObject::tr("Topic template \"%1\": unknown placeholder {%2}; use {N} for path segment N "
                                         "(from 0) or {key} for the last segment").arg(text, name));
        }
        if (!literal.isEmpty())
            parts.append(TemplatePart{literal, -1, false});
        literal.clear();
        parts.append(part);
        i = close;
    }
    if (!literal.isEmpty())
        parts.append(TemplatePart{literal, -1, false});
    return parts;
}

QStringList hostLabels(const QString &hostPattern) { return hostPattern.toLower().split(QLatin1Char('.')); }
QStringList pathSegments(const QString &pathPattern)
{
    QString p = pathPattern;
    if (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    return p.split(QLatin1Char('/'));
}

bool segmentsCompatible(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != kAny && b.at(i) != kAny && a.at(i) != b.at(i))
            return false;
    }
    return true;
}

} // namespace

bool RulePattern::isValidTopicName(const QString &name)
{
    if (name.isEmpty() || name.size() > 249 || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (QChar c : name) {
        if (!isTopicChar(c))
            return false;
    }
    return true;
}

Status RulePattern::validate(const PatternRule &rule)
{
    if (rule.environment.trimmed().isEmpty())
        return makeError(QObject::tr("A rule needs an environment"));
    if (rule.clusterId <= 0)
        return makeError(QObject::tr("A rule needs a cluster"));
    const QString host = rule.hostPattern.trimmed().toLower();
    if (host.isEmpty())
        return makeError(QObject::tr("A rule needs a host pattern (a domain, labels may be \"*\")"));
    if (host != kAny) {
        for (const QString &label : hostLabels(host)) {
            if (label != kAny && !ChannelUri::isValidHost(label))
                return makeError(QObject::tr("Host pattern \"%1\": \"%2\" is neither a domain label nor \"*\"")
                                     .arg(rule.hostPattern, label));
        }
    }
    if (rule.pathPattern.trimmed().isEmpty() || rule.pathPattern.trimmed() == QLatin1String("/"))
        return makeError(QObject::tr("A rule needs a path pattern with at least one segment"));
    const QStringList segments = pathSegments(rule.pathPattern.trimmed());
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return makeError(QObject::tr("Path pattern \"%1\" has an empty segment").arg(rule.pathPattern));
        if (segment != kAny && !ChannelUri::isValidSegment(segment))
            return makeError(QObject::tr("Path pattern \"%1\": \"%2\" is neither a path segment nor \"*\" "
                                         "(a '*' stands for one whole segment)").arg(rule.pathPattern, segment));
    }
    if (rule.topicTemplate.trimmed().isEmpty())
        return makeError(QObject::tr("A rule needs a topic template, e.g. c1{1}"));
    auto parts = parseTemplate(rule.topicTemplate.trimmed());
    if (!parts)
        return makeError(parts.error());
    for (const TemplatePart &part : *parts) {
        if (part.segment >= segments.size())
            return makeError(QObject::tr("Topic template \"%1\" uses {%2}, but the path pattern \"%3\" has only %4 "
                                         "segment(s), numbered from 0")
                                 .arg(rule.topicTemplate).arg(part.segment).arg(rule.pathPattern).arg(segments.size()));
    }
    return {};
}

bool RulePattern::hostMatches(const QString &hostPattern, const QString &host)
{
    const QString pattern = hostPattern.trimmed().toLower();
    if (pattern == kAny)
        return true;
    const QStringList want = hostLabels(pattern);
    const QStringList have = host.toLower().split(QLatin1Char('.'));
    return segmentsCompatible(want, have);
}

bool RulePattern::pathMatches(const QString &pathPattern, const QStringList &segments)
{
    return segmentsCompatible(pathSegments(pathPattern.trimmed()), segments);
}

bool RulePattern::matches(const PatternRule &rule, const ChannelUri &uri)
{
    return uri.isValid() && hostMatches(rule.hostPattern, uri.host()) && pathMatches(rule.pathPattern, uri.segments());
}

Result<QString> RulePattern::expandTopic(const PatternRule &rule, const ChannelUri &uri)
{
    auto parts = parseTemplate(rule.topicTemplate.trimmed());
    if (!parts)
        return makeError(parts.error());
    QString topic;
    for (const TemplatePart &part : *parts) {
        if (part.key)
            topic += uri.key();
        else if (part.segment >= 0) {
            if (part.segment >= uri.segments().size())
                return makeError(QObject::tr("Rule %1 uses {%2}, but %3 has only %n segment(s)", nullptr, int(uri.segments().size()))
                                     .arg(describe(rule)).arg(part.segment).arg(uri.toString()));
            topic += uri.segments().at(part.segment);
        } else
            topic += part.literal;
    }
    if (!isValidTopicName(topic))
        return makeError(QObject::tr("Rule %1 gives \"%2\" for %3, which is not a valid topic name")
                             .arg(describe(rule), topic, uri.toString()));
    return topic;
}

RuleSpecificity RulePattern::specificity(const PatternRule &rule)
{
    RuleSpecificity s;
    for (const QString &segment : pathSegments(rule.pathPattern.trimmed())) {
        if (segment != kAny)
            ++s.literalPathSegments;
    }
    const QString host = rule.hostPattern.trimmed().toLower();
    if (host != kAny) {
        for (const QString &label : hostLabels(host)) {
            if (label != kAny)
                ++s.literalHostLabels;
        }
    }
    return s;
}

bool RulePattern::overlaps(const PatternRule &a, const PatternRule &b)
{
    const QString hostA = a.hostPattern.trimmed().toLower();
    const QString hostB = b.hostPattern.trimmed().toLower();
    const bool hostsOverlap = hostA == kAny || hostB == kAny || segmentsCompatible(hostLabels(hostA), hostLabels(hostB));
    return hostsOverlap
        && segmentsCompatible(pathSegments(a.pathPattern.trimmed()), pathSegments(b.pathPattern.trimmed()));
}

QString RulePattern::describe(const PatternRule &rule)
{
    QString path = rule.pathPattern.trimmed();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return QStringLiteral("kafka://%1/%2 -> %3").arg(rule.hostPattern.trimmed().toLower(), path, rule.topicTemplate.trimmed());
}

} // namespace Switchboard
