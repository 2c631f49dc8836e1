#pragma once

// The service's Prometheus metrics: requests by route and status, a latency histogram per
// route, bundle installs and refusals, the installed bundle's version and age. Counters are
// atomics updated by every worker thread without locks.

#include <QByteArray>
#include <QDateTime>

#include <array>
#include <atomic>

namespace Switchboard::Router {

enum class Route { ServiceGw, ServiceLocator, Healthz, Metrics, AdminBundle, Other, Count };

class Metrics {
public:
    static Route routeOf(const QByteArray &path);
    static const char *routeName(Route route);

    void observe(Route route, int status, qint64 elapsedUs);
    void bundleRefused(const QString &reason);
    void bundleInstalled() { m_installs.fetch_add(1, std::memory_order_relaxed); }

    // Prometheus text exposition format 0.0.4.
    QByteArray render(qint64 bundleVersion, const QDateTime &bundleCreatedAt) const;

private:
    static constexpr std::array<int, 14> kStatuses{200, 304, 400, 401, 403, 404, 405, 409, 411, 413, 429, 431, 500, 503};
    static constexpr std::array<double, 12> kBuckets{0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005,
                                                     0.01, 0.025, 0.05, 0.1, 0.5, 1.0};
    static constexpr int kRoutes = int(Route::Count);
    static constexpr int kStatusSlots = int(kStatuses.size()) + 1;   // last: any other status

    std::array<std::atomic<quint64>, kRoutes * kStatusSlots> m_requests{};
    std::array<std::atomic<quint64>, kRoutes *(kBuckets.size() + 1)> m_buckets{};
    std::array<std::atomic<quint64>, kRoutes> m_latencySumUs{};
    std::atomic<quint64> m_installs{0};
    std::array<std::atomic<quint64>, 8> m_refusals{};   // by BundleRejection order, see .cpp
};

} // namespace Switchboard::Router
