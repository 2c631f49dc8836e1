#include "Metrics.h"

#include <QString>
#include <QStringList>

namespace Switchboard::Router {

namespace {
const QStringList kRefusalReasons{QStringLiteral("malformed"), QStringLiteral("untrusted"), QStringLiteral("forged"),
                                  QStringLiteral("wrong_recipient"), QStringLiteral("stale"), QStringLiteral("replayed"), QStringLiteral("expired"),
                                  QStringLiteral("unreadable"), QStringLiteral("other")};
}

Route Metrics::routeOf(const QByteArray &path)
{
    if (path == "/servicegw")
        return Route::ServiceGw;
    if (path == "/service-locator")
        return Route::ServiceLocator;
    if (path == "/healthz")
        return Route::Healthz;
    if (path == "/metrics")
        return Route::Metrics;
    if (path == "/admin/v1/bundle")
        return Route::AdminBundle;
    return Route::Other;
}

const char *Metrics::routeName(Route route)
{
    switch (route) {
    case Route::ServiceGw: return "/servicegw";
    case Route::ServiceLocator: return "/service-locator";
    case Route::Healthz: return "/healthz";
    case Route::Metrics: return "/metrics";
    case Route::AdminBundle: return "/admin/v1/bundle";
    case Route::Other:
    case Route::Count: break;
    }
    return "other";
}

void Metrics::observe(Route route, int status, qint64 elapsedUs)
{
    const int r = int(route);
    int slot = int(kStatuses.size());
    for (std::size_t i = 0; i < kStatuses.size(); ++i) {
        if (kStatuses[i] == status) {
            slot = int(i);
            break;
        }
    }
    m_requests[r * kStatusSlots + slot].fetch_add(1, std::memory_order_relaxed);
    const double seconds = double(elapsedUs) / 1e6;
    std::size_t bucket = kBuckets.size();
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i]) {
            bucket = i;
            break;
        }
    }
    m_buckets[r * (kBuckets.size() + 1) + bucket].fetch_add(1, std::memory_order_relaxed);
    m_latencySumUs[r].fetch_add(quint64(qMax<qint64>(0, elapsedUs)), std::memory_order_relaxed);
}

void Metrics::bundleRefused(const QString &reason)
{
    qsizetype i = kRefusalReasons.indexOf(reason);
    if (i < 0)
        i = kRefusalReasons.size() - 1;
    m_refusals[i].fetch_add(1, std::memory_order_relaxed);
}

QByteArray Metrics::render(qint64 bundleVersion, const QDateTime &bundleCreatedAt) const
{
    QByteArray out;
    out += "# HELP switchboard_router_requests_total Requests answered, by route and HTTP status.\n"
           "# TYPE switchboard_router_requests_total counter\n";
    for (int r = 0; r < kRoutes; ++r) {
        for (int s = 0; s < kStatusSlots; ++s) {
            const quint64 n = m_requests[r * kStatusSlots + s].load(std::memory_order_relaxed);
            if (!n)
                continue;
            const QByteArray status = s < int(kStatuses.size()) ? QByteArray::number(kStatuses[s]) : QByteArray("other");
            out += "switchboard_router_requests_total{route=\"" + QByteArray(routeName(Route(r))) + "\",status=\""
                + status + "\"} " + QByteArray::number(n) + '\n';
        }
    }
    out += "# HELP switchboard_router_request_duration_seconds Time from a complete request to its response.\n"
           "# TYPE switchboard_router_request_duration_seconds histogram\n";
    for (int r = 0; r < kRoutes; ++r) {
        quint64 cumulative = 0;
        const QByteArray route = "route=\"" + QByteArray(routeName(Route(r))) + '"';
        for (std::size_t b = 0; b <= kBuckets.size(); ++b) {
            cumulative += m_buckets[r * (kBuckets.size() + 1) + b].load(std::memory_order_relaxed);
            const QByteArray le = b < kBuckets.size() ? QByteArray::number(kBuckets[b], 'g', 6) : QByteArray("+Inf");
            out += "switchboard_router_request_duration_seconds_bucket{" + route + ",le=\"" + le + "\"} "
                + QByteArray::number(cumulative) + '\n';
        }
        out += "switchboard_router_request_duration_seconds_sum{" + route + "} "
            + QByteArray::number(double(m_latencySumUs[r].load(std::memory_order_relaxed)) / 1e6, 'f', 6) + '\n';
        out += "switchboard_router_request_duration_seconds_count{" + route + "} " + QByteArray::number(cumulative) + '\n';
    }
    out += "# HELP switchboard_router_bundle_installs_total Bundles verified and installed since start.\n"
           "# TYPE switchboard_router_bundle_installs_total counter\n"
           "switchboard_router_bundle_installs_total " + QByteArray::number(m_installs.load()) + '\n';
    out += "# HELP switchboard_router_bundle_refusals_total Bundles refused, by reason.\n"
           "# TYPE switchboard_router_bundle_refusals_total counter\n";
    for (qsizetype i = 0; i < kRefusalReasons.size(); ++i)
        out += "switchboard_router_bundle_refusals_total{reason=\"" + kRefusalReasons.at(i).toLatin1() + "\"} "
            + QByteArray::number(m_refusals[i].load()) + '\n';
    out += "# HELP switchboard_router_bundle_version Version of the installed routing bundle (0: none).\n"
           "# TYPE switchboard_router_bundle_version gauge\n"
           "switchboard_router_bundle_version " + QByteArray::number(bundleVersion) + '\n';
    out += "# HELP switchboard_router_bundle_age_seconds Seconds since the installed bundle was compiled.\n"
           "# TYPE switchboard_router_bundle_age_seconds gauge\n"
           "switchboard_router_bundle_age_seconds ";
    out += bundleCreatedAt.isValid()
        ? QByteArray::number(double(bundleCreatedAt.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0, 'f', 3)
        : QByteArray("NaN");
    out += '\n';
    return out;
}

} // namespace Switchboard::Router
