#include "routing/RoutingModel.h"

namespace Switchboard {

QString intentName(Intent intent)
{
    switch (intent) {
    case Intent::Produce:
        return QStringLiteral("produce");
    case Intent::Consume:
        return QStringLiteral("consume");
    }
    return QString();
}

std::optional<Intent> parseIntent(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("produce"))
        return Intent::Produce;
    if (t == QLatin1String("consume"))
        return Intent::Consume;
    return std::nullopt;
}

const Application *RoutingModel::findApplication(const QString &name) const
{
    for (const Application &a : applications) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

const Application *RoutingModel::findApplication(qint64 id) const
{
    for (const Application &a : applications) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const Channel *RoutingModel::findChannel(const QString &canonicalUri) const
{
    for (const Channel &c : channels) {
        if (c.uri == canonicalUri)
            return &c;
    }
    return nullptr;
}

const RoutedCluster *RoutingModel::findCluster(qint64 id) const
{
    auto it = clusters.constFind(id);
    return it == clusters.cend() ? nullptr : &it.value();
}

const RoutedCluster *RoutingModel::findCluster(const QString &name) const
{
    for (auto it = clusters.cbegin(); it != clusters.cend(); ++it) {
        if (it->name == name)
            return &it.value();
    }
    return nullptr;
}

QList<Binding> RoutingModel::bindingsOf(const QString &canonicalUri) const
{
    QList<Binding> out;
    for (const Binding &b : bindings) {
        if (b.channel == canonicalUri)
            out.append(b);
    }
    return out;
}

QList<Grant> RoutingModel::grantsOf(qint64 applicationId, const QString &canonicalUri) const
{
    QList<Grant> out;
    for (const Grant &g : grants) {
        if (g.applicationId == applicationId && g.channel == canonicalUri)
            out.append(g);
    }
    return out;
}

} // namespace Switchboard
