#pragma once

// A channel's URI: kafka://<domain>/<path>, the logical name an application uses instead of a
// physical topic. Parsing validates it (scheme, host, at least one path segment, no empty
// segments) and canonicalises it (scheme and host in lower case) so two spellings of the same
// channel compare equal. The last path segment is the channel's key: the service-locator SDKs
// look their topic up in channel_mapping by that key.

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace Switchboard {

class ChannelUri {
public:
    ChannelUri() = default;

    // Parses and validates; the error names the part that is wrong.
    static Result<ChannelUri> parse(const QString &text);
    // Whether one path segment or host label uses only the allowed characters (used by rule
    // patterns, which share the URI's alphabet).
    static bool isValidSegment(const QString &segment);
    static bool isValidHost(const QString &host);

    bool isValid() const { return !m_host.isEmpty(); }
    QString host() const { return m_host; }               // lower case, e.g. billing.example.com
    const QStringList &segments() const { return m_segments; }
    QString path() const { return m_segments.join(QLatin1Char('/')); }   // without leading '/'
    QString key() const { return m_segments.isEmpty() ? QString() : m_segments.last(); }
    // The canonical spelling: kafka://host/seg/...; what the catalog stores and compares.
    QString toString() const;

    bool operator==(const ChannelUri &other) const = default;

private:
    ChannelUri(QString host, QStringList segments) : m_host(std::move(host)), m_segments(std::move(segments)) {}

    QString m_host;
    QStringList m_segments;
};

} // namespace Switchboard
