#pragma once

// A token bucket per client address: rate requests per second, bursts up to burst. Shared by
// the worker threads; one short lock per request (only when a limit is configured).

#include <QHash>
#include <QHostAddress>
#include <QMutex>

namespace Switchboard::Router {

class RateLimiter {
public:
    RateLimiter(double rate, double burst) : m_rate(rate), m_burst(burst > 0 ? burst : qMax(1.0, rate)) {}
    bool enabled() const { return m_rate > 0; }
    // true: go ahead; false: answer 429.
    bool allow(const QHostAddress &client);
    // Seconds until the next request would be allowed (for Retry-After).
    int retryAfterSeconds() const { return m_rate >= 1 ? 1 : int(1 / m_rate) + 1; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastNs = 0;
    };
    double m_rate;
    double m_burst;
    QMutex m_mutex;
    QHash<QHostAddress, Bucket> m_buckets;
};

} // namespace Switchboard::Router
