// The router's answer cache (RouterState::cached/remember) is bounded by bytes as well as by
// entries (issue 19: 400 lookups with padded channels took the service from 25 to 945 MB): many
// distinct large answers keep the cache under its byte budget, an answer too large for it is not
// kept, and once the cache is full a lookup through the gateway still answers correctly (and
// the same bytes again from the cache).

#include "RouterHarness.h"
#include "RouterState.h"
#include "ServiceGateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Router;
using namespace Switchboard::Test;

namespace {
const QString kChannel = QStringLiteral("kafka://billing.example.com/invoices");
const QString kToken = QStringLiteral("sbt_billing_token_0123456789abcdef");
constexpr qint64 kMiB = 1024 * 1024;
}

class TestAnswerCache : public QObject {
    Q_OBJECT

    BundleKeys m_keys;
    std::shared_ptr<const RouterState> m_state;

    HttpResponse lookup(const QByteArray &query) const
    {
        HttpRequest request;
        request.method = "GET";
        request.path = "/servicegw";
        request.query = query;
        request.target = "/servicegw?" + query;
        request.version = "HTTP/1.1";
        request.headers.append({"authorization", basicAuth(QStringLiteral("billing"), kToken)});
        QString application;
        return ServiceGateway::serviceGw(m_state.get(), request, &application);
    }
    static QByteArray query(int padding = 0)
    {
        return "config_profile=durableWrite&channel=" + QUrl::toPercentEncoding(kChannel) + QByteArray(padding, '&');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(BundleCrypto::initialize());
        BundlePayload p = emptyPayload(m_keys, 7);
        p.clusters = {BundleCluster{1, QStringLiteral("prod-eu"), QStringLiteral("prod"), QStringLiteral("b1:9092"), QStringLiteral("SASL_SSL")}};
        p.channels = {BundleChannel{1, kChannel, {BundleBinding{1, QStringLiteral("prod"), 1, QStringLiteral("c0t3")}}}};
        p.profiles = {BundleProfile{QStringLiteral("durableWrite"), QStringLiteral("producer"), QString(),
                                    QJsonObject{{QStringLiteral("acks"), QStringLiteral("all")}}}};
        BundleApplication billing;
        billing.id = 5;
        billing.name = QStringLiteral("billing");
        billing.tokenHashes = {m_keys.hashToken(kToken)};
        billing.grants.append(BundleGrant{0, kChannel, QStringLiteral("produce"), {}, false});
        billing.credentials = {credential(m_keys, 1, QStringLiteral("alice"), QStringLiteral("alice-password"))};
        p.applications = {billing};
        auto state = RouterState::build(p, m_keys.service, signPayload(p, m_keys.portal));
        QVERIFY2(state, state ? "" : qPrintable(state.error()));
        m_state = *state;
        QCOMPARE(lookup(query()).status, 200);
    }

    // 300 distinct answers of 1 MiB each (300 MiB offered): the cache holds at most its budget,
    // and what it holds is the newest of each shard, byte for byte.
    void manyLargeAnswersStayInBudget()
    {
        QVERIFY(RouterState::kMaxCacheBytes <= 64 * kMiB);
        QByteArray lastKey;
        CachedAnswer last;
        for (int i = 0; i < 300; ++i) {
            CachedAnswer answer;
            answer.body = QByteArray(kMiB, char('a' + i % 26)) + QByteArray::number(i);
            answer.etag = "\"" + QByteArray::number(i) + "\"";
            lastKey = "flood\x1f" + QByteArray::number(i) + QByteArray(64 * 1024, 'k');
            m_state->remember(lastKey, answer);
            last = answer;
            QVERIFY2(m_state->cacheBytes() <= RouterState::kMaxCacheBytes, QByteArray::number(m_state->cacheBytes()).constData());
        }
        // Full: most of the budget in use, far fewer entries than were offered.
        QVERIFY2(m_state->cacheBytes() > RouterState::kMaxCacheBytes / 2, QByteArray::number(m_state->cacheBytes()).constData());
        QVERIFY(m_state->cacheEntries() < 100);
        const auto hit = m_state->cached(lastKey);
        QVERIFY(hit);
        QCOMPARE(hit->body, last.body);
        QCOMPARE(hit->etag, last.etag);
        // An evicted answer is a miss, never another answer.
        const auto first = m_state->cached("flood\x1f" "0" + QByteArray(64 * 1024, 'k'));
        QVERIFY(!first || first->body.startsWith('a'));
    }

    // An answer larger than a shard's share of the budget is not kept at all.
    void answerPastTheBudgetIsNotKept()
    {
        CachedAnswer huge;
        huge.body = QByteArray(RouterState::kMaxCacheBytes / 8, 'h');
        const qint64 before = m_state->cacheBytes();
        m_state->remember("huge", huge);
        QVERIFY(!m_state->cached("huge"));
        QCOMPARE(m_state->cacheBytes(), before);
    }

    // With the cache full, lookups through the gateway answer as before: the right topic and
    // credentials, the same bytes the second time (from the cache), and the budget still holds.
    void lookupsAnswerWithAFullCache()
    {
        QVERIFY(m_state->cacheBytes() > RouterState::kMaxCacheBytes / 2);
        for (int padding = 0; padding < 64; ++padding) {
            const HttpResponse first = lookup(query(padding));
            QCOMPARE(first.status, 200);
            const QJsonObject body = QJsonDocument::fromJson(first.body).object();
            QCOMPARE(body.value(QStringLiteral("channel_mapping")).toObject().value(QStringLiteral("invoices")).toString(),
                     QStringLiteral("c0t3"));
            QVERIFY2(first.body.contains("alice-password"), first.body.left(400).constData());
            const HttpResponse again = lookup(query(padding));
            QCOMPARE(again.status, 200);
            QCOMPARE(again.body, first.body);
            QVERIFY(m_state->cacheBytes() <= RouterState::kMaxCacheBytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestAnswerCache)
#include "tst_answercache.moc"
