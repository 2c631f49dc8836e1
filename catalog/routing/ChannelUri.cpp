#include "routing/ChannelUri.h"

#include <QObject>

namespace Switchboard {

namespace {

const QLatin1String kScheme("kafka://");

// Segments become parts of topic names (through rule templates), so they share Kafka's topic
// alphabet: letters, digits, '.', '_' and '-'.
bool isSegmentChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_')
        || c == QLatin1Char('-');
}

QChar firstBadChar(const QString &text, bool (*allowed)(QChar))
{
    for (QChar c : text) {
        if (!allowed(c))
            return c;
    }
    return QChar();
}

bool isHostChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || c == QLatin1Char('-');
}

// Control characters (C0, DEL, C1) and invisible format characters (zero-width, bidi
// overrides): a message shows them as a code point, never raw (a NUL would cut a C string, a
// newline would forge a log line, an override would reorder what a reader sees).
bool isUnprintable(QChar c)
{
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
        || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

QString describeChar(QChar c)
{
    if (isUnprintable(c) || c.isSurrogate())
        return QObject::tr("the character %1").arg(codePoint(c));
    if (c.isSpace())
        return QObject::tr("a space");
    return QStringLiteral("\"%1\"").arg(c);
}

// The input with its unprintable characters shown as code points, for messages.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out += isUnprintable(c) ? QLatin1Char('<') + codePoint(c) + QLatin1Char('>') : QString(c);
    return out;
}

} // namespace

bool ChannelUri::isValidSegment(const QString &segment)
{
    if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
        return false;
    return firstBadChar(segment, isSegmentChar).isNull();
}

bool ChannelUri::isValidHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        if (!firstBadChar(label, isHostChar).isNull())
            return false;
    }
    return true;
}

Result<ChannelUri> ChannelUri::parse(const QString &input)
{
    // Before anything else, and before trimming (which would quietly drop a trailing newline or
    // tab): a NUL ("inv%00oices" once decoded) or any other control character is never part of a
    // channel, wherever it is.
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (isUnprintable(input.at(i)))
            return makeError(QObject::tr("\"%1\" contains a control or invisible character (%2 at position %3); a "
                                         "channel URI is printable text: kafka://<domain>/<path>")
                                 .arg(printable(input), codePoint(input.at(i))).arg(i + 1));
    }
    const QString text = input.trimmed();
    if (text.isEmpty())
        return makeError(QObject::tr("A channel URI is empty; expected kafka://<domain>/<path>"));
    if (!text.startsWith(kScheme, Qt::CaseInsensitive)) {
        const qsizetype colon = text.indexOf(QLatin1String("://"));
        if (colon > 0)
            return makeError(QObject::tr("\"%1\" has the scheme \"%2\"; a channel URI starts with kafka://")
                                 .arg(text, text.left(colon)));
        return makeError(QObject::tr("\"%1\" is not a channel URI; expected kafka://<domain>/<path>").arg(text));
    }
    const QString rest = text.mid(kScheme.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString host = (slash < 0 ? rest : rest.left(slash)).toLower();
    if (host.isEmpty())
        return makeError(QObject::tr("\"%1\" names no domain; expected kafka://<domain>/<path>").arg(text));
    if (host.contains(QLatin1Char('@')))
        return makeError(QObject::tr("\"%1\": a channel URI carries no user name or password").arg(text));
    if (host.contains(QLatin1Char(':')))
        return makeError(QObject::tr("\"%1\": a channel's domain takes no port (\"%2\")").arg(text, host));
    if (!isValidHost(host))
        return makeError(QObject::tr("\"%1\": \"%2\" is not a valid domain (labels of letters, digits and '-', "
                                     "separated by dots)").arg(text, host));
    if (slash < 0 || slash == rest.size() - 1)
        return makeError(QObject::tr("\"%1\" has no path; expected kafka://%2/<path>").arg(text, host));
    const QString path = rest.mid(slash + 1);
    if (path.contains(QLatin1Char('?')) || path.contains(QLatin1Char('#')))
        return makeError(QObject::tr("\"%1\": a channel URI takes no query or fragment").arg(text));
    const QStringList segments = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment.isEmpty())
            return makeError(QObject::tr("\"%1\" has an empty path segment (segment %2)").arg(text).arg(i + 1));
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return makeError(QObject::tr("\"%1\": \"%2\" is not allowed as a path segment").arg(text, segment));
        const QChar bad = firstBadChar(segment, isSegmentChar);
        if (!bad.isNull())
            return makeError(QObject::tr("\"%1\": path segment \"%2\" contains %3; segments use letters, digits, "
                                         "'.', '_' and '-'").arg(text, segment, describeChar(bad)));
    }
    return ChannelUri(host, segments);
}

QString ChannelUri::toString() const
{
    if (!isValid())
        return QString();
    return kScheme + m_host + QLatin1Char('/') + path();
}

} // namespace Switchboard
