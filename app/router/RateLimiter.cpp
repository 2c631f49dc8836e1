#include "RateLimiter.h"

#include <QElapsedTimer>

namespace Switchboard::Router {

namespace {
qint64 nowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}
} // namespace

bool RateLimiter::allow(const QHostAddress &client)
{
    if (!enabled())
        return true;
    const qint64 now = nowNs();
    QMutexLocker lock(&m_mutex);
    // Forget idle clients now and then so the table cannot grow without bound.
    if (m_buckets.size() > 100000)
        m_buckets.clear();
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, Bucket{m_burst, now});
    it->tokens = qMin(m_burst, it->tokens + double(now - it->lastNs) / 1e9 * m_rate);
    it->lastNs = now;
    if (it->tokens < 1)
        return false;
    it->tokens -= 1;
    return true;
}

} // namespace Switchboard::Router
