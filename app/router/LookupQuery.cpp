#include "LookupQuery.h"

#include <QMap>
#include <QObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Switchboard::Router {

namespace {

constexpr int kAppendedChannel = -2;

// "channel" or "channel[N]"; returns the index (0 for the plain form), kAppendedChannel for
// "channel[]" (PHP-style, as the upstream SDK's own test script sends), or -1.
int channelIndex(const QString &name)
{
    if (name == QLatin1String("channel"))
        return 0;
    if (name == QLatin1String("channel[]"))
        return kAppendedChannel;
    static const QRegularExpression indexed(QStringLiteral("^channel\\[(\\d{1,4})\\]$"));
    const auto m = indexed.match(name);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

Result<LookupRequest> parseLookupQuery(QByteArrayView queryText)
{
    LookupRequest lookup;
    QMap<int, QString> channels;
    QStringList appended;   // channel[]: in the order given, after the indexed ones
    const QUrlQuery query(QString::fromUtf8(queryText));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("config_profile"))
            lookup.profile = value;
        else if (name == QLatin1String("kafka.env"))
            lookup.environment = value;
        else if (name == QLatin1String("config_profile.type"))
            lookup.profileType = value;
        else if (name == QLatin1String("kafka.group.id"))
            lookup.consumerGroup = value;
        else if (const int index = channelIndex(name); index == kAppendedChannel) {
            appended.append(value);
        } else if (index >= 0) {
            if (channels.contains(index))
                return makeError(QObject::tr("channel[%1] is given twice").arg(index));
            channels.insert(index, value);
        }
    }
    lookup.channels = channels.values() + appended;
    return lookup;
}

} // namespace Switchboard::Router
