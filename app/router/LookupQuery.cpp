#include "LookupQuery.h"

#include <QMap>
#include <QObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Switchboard::Router {

namespace {

// "channel" or "channel[N]"; returns the index (0 for the plain form) or -1.
int channelIndex(const QString &name)
{
    if (name == QLatin1String("channel"))
        return 0;
    static const QRegularExpression indexed(QStringLiteral("^channel\\[(\\d{1,4})\\]$"));
    const auto m = indexed.match(name);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

Result<LookupRequest> parseLookupQuery(QByteArrayView queryText)
{
    LookupRequest lookup;
    QMap<int, QString> channels;
    const QUrlQuery query(QString::fromUtf8(queryText));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("config_profile"))
            lookup.profile = value;
        else if (name == QLatin1String("kafka.env"))
            lookup.environment = value;
        else if (name == QLatin1String("config_profile.type"))
            lookup.profileType = value;
        else if (const int index = channelIndex(name); index >= 0) {
            if (channels.contains(index))
                return makeError(QObject::tr("channel[%1] is given twice").arg(index));
            channels.insert(index, value);
        }
    }
    lookup.channels = channels.values();
    return lookup;
}

} // namespace Switchboard::Router
