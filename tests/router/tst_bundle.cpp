// The routing bundle: signing, sealing and every refusal the routing service makes (forged,
// untrusted, stale, replayed, malformed, sealed to another service), and compiling the
// catalog's approved state (revoked grants, credentials and tokens stay out).

#include "RouterHarness.h"

#include "bundle/BundleCompiler.h"
#include "bundle/BundleSecretOpener.h"
#include "bundle/SharedBoxKey.h"
#include "bundle/BundleVerifier.h"
#include "bundle/SignedBundle.h"
#include "clusters/ClusterStore.h"
#include "push/BundlePusher.h"
#include "push/RoutingServiceStore.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/GrantStore.h"
#include "TempCatalog.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

class TestBundle : public QObject {
    Q_OBJECT

    BundleKeys m_keys;

    BundlePayload samplePayload(qint64 version) const
    {
        BundlePayload p = emptyPayload(m_keys, version);
        p.clusters.append(BundleCluster{1, QStringLiteral("prod-eu"), QStringLiteral("prod"), QStringLiteral("b1:9092"),
                                        QStringLiteral("SASL_SSL")});
        p.channels.append(BundleChannel{7, QStringLiteral("kafka://billing.example.com/invoices"),
                                        {BundleBinding{3, QStringLiteral("prod"), 1, QStringLiteral("c0t3")}}});
        p.profiles.append(BundleProfile{QStringLiteral("durableWrite"), QStringLiteral("producer"), QString(),
                                        QJsonObject{{QStringLiteral("acks"), QStringLiteral("all")},
                                                    {QStringLiteral("retries"), 3}}});
        BundleApplication app;
        app.id = 5;
        app.name = QStringLiteral("billing");
        app.tokenHashes = {m_keys.hashToken(QStringLiteral("sbt_token"))};
        app.grants.append(BundleGrant{9, QStringLiteral("kafka://billing.example.com/invoices"), QStringLiteral("produce"), {}, false});
        app.credentials.append(credential(m_keys, 1, QStringLiteral("alice"), QStringLiteral("s3cret-password")));
        p.applications.append(app);
        return p;
    }

    BundleVerifier verifier() const { return BundleVerifier({m_keys.portal.publicKey}, m_keys.service.publicKey); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(BundleCrypto::initialize()); }

    void roundTrip()
    {
        const BundlePayload payload = samplePayload(3);
        const QByteArray envelope = signPayload(payload, m_keys.portal);
        const BundleVerification v = verifier().verify(envelope, 2);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.payload.version, 3);
        QCOMPARE(v.payload.toJson(), payload.toJson());
        QCOMPARE(v.payload.profiles.first().properties.value(QStringLiteral("retries")).type(), QJsonValue::Double);
    }

    // Earlier portals signed the payload bytes themselves (no "digest" field): such envelopes,
    // pushed by a portal not yet upgraded or kept on a service's disk, still install.
    void payloadSignedEnvelopeStillReads()
    {
        SignedBundle old;
        old.signer = m_keys.portal.publicKey;
        old.payload = QJsonDocument(samplePayload(3).toJson()).toJson(QJsonDocument::Compact);
        old.signature = BundleCrypto::sign(old.payload, m_keys.portal.secretKey);
        const QByteArray envelope = old.toJson();
        QVERIFY(!envelope.contains("\"digest\""));
        const BundleVerification v = verifier().verify(envelope, 2);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.payload.version, 3);
        // And what the portal signs now says so.
        QVERIFY(signPayload(samplePayload(3), m_keys.portal).contains("\"digest\":\"blake2b-512\""));
    }

    void secretsAreSealed()
    {
        const QByteArray envelope = signPayload(samplePayload(1), m_keys.portal);
        const QByteArray payload = SignedBundle::parse(envelope)->payload;
        QVERIFY(!payload.contains("s3cret-password"));
        QVERIFY(!envelope.contains("s3cret-password"));
        QVERIFY(!payload.contains(m_keys.tokenHashKey.toBase64()));
        const BundleVerification v = verifier().verify(envelope, 0);
        QVERIFY(v.ok());
        QCOMPARE(v.payload.format, 2);
        auto opener = BundleSecretOpener::create(v.payload, m_keys.service);
        QVERIFY2(opener, qPrintable(opener.error()));
        const QByteArray boxed = v.payload.applications.first().credentials.first().boxedSecret;
        auto opened = opener->open(boxed);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(*opened, QByteArray("s3cret-password"));
        QCOMPARE(*opener->open(v.payload.boxedTokenHashKey), m_keys.tokenHashKey);
        // Another service's key opens nothing.
        const X25519KeyPair other = BundleCrypto::generateX25519KeyPair();
        auto otherOpener = BundleSecretOpener::create(v.payload, other);
        QVERIFY(otherOpener);
        auto refused = otherOpener->open(boxed);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("does not open")), qPrintable(refused.error()));
        // Nor does a box altered in transit (any byte: nonce, ciphertext or tag).
        for (qsizetype i : {qsizetype(0), qsizetype(30), boxed.size() - 1}) {
            QByteArray altered = boxed;
            altered[i] = char(altered[i] ^ 1);
            QVERIFY(!opener->open(altered));
        }
        QVERIFY(!opener->open(boxed.left(SharedBoxKey::kOverhead - 1)));
    }

    // One key per bundle, but never one nonce twice: equal secrets give unrelated boxes.
    void boxesHaveTheirOwnNonces()
    {
        auto key = SharedBoxKey::agree(m_keys.service.publicKey, m_keys.bundleBox.secretKey);
        QVERIFY(key);
        const QByteArray a = key->box("same-secret");
        const QByteArray b = key->box("same-secret");
        QCOMPARE(a.size(), SharedBoxKey::kOverhead + 11);
        QVERIFY(a.left(24) != b.left(24));
        QVERIFY(a.mid(24) != b.mid(24));
        // The service's side of the agreement gets the same key.
        auto service = SharedBoxKey::agree(m_keys.bundleBox.publicKey, m_keys.service.secretKey);
        QVERIFY(service);
        QCOMPARE(*service->open(a), QByteArray("same-secret"));
        // A degenerate public key (a low-order point) is refused instead of giving a known key.
        QVERIFY(!SharedBoxKey::agree(QByteArray(32, '\0'), m_keys.service.secretKey));
        QVERIFY(!SharedBoxKey::agree(QByteArray(31, 'a'), m_keys.service.secretKey));
    }

    // A bundle an older portal wrote (format 1, each secret sealed on its own), e.g. the one an
    // upgraded service finds on disk, still verifies and opens.
    void formatOneStillReads()
    {
        const BundlePayload payload = asFormatOne(samplePayload(4), m_keys);
        const QByteArray envelope = signPayload(payload, m_keys.portal);
        QVERIFY(envelope.size() > 0);
        const QByteArray json = SignedBundle::parse(envelope)->payload;
        QVERIFY(json.contains("\"format\":1"));
        QVERIFY(json.contains("\"token_hash_key_sealed\""));
        QVERIFY(json.contains("\"secret_sealed\""));
        QVERIFY(!json.contains("secret_box_public_key") && !json.contains("_boxed"));
        QVERIFY(!json.contains("s3cret-password"));
        const BundleVerification v = verifier().verify(envelope, 3);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.payload.format, 1);
        auto opener = BundleSecretOpener::create(v.payload, m_keys.service);
        QVERIFY(opener);
        QCOMPARE(*opener->open(v.payload.applications.first().credentials.first().boxedSecret), QByteArray("s3cret-password"));
        QCOMPARE(*opener->open(v.payload.boxedTokenHashKey), m_keys.tokenHashKey);
        QCOMPARE(v.payload.toJson(), payload.toJson());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("envelope");
        QTest::addColumn<qint64>("installed");
        QTest::addColumn<int>("rejection");
        QTest::addColumn<QString>("messagePart");

        const QByteArray good = signPayload(samplePayload(5), m_keys.portal);
        QTest::newRow("replayed") << good << qint64(5) << int(BundleRejection::Replayed) << "replayed";
        QTest::newRow("stale") << good << qint64(6) << int(BundleRejection::Stale) << "older";

        // Forged: the payload changed after signing (version bumped to pass the version check).
        SignedBundle forged = *SignedBundle::parse(good);
        forged.payload.replace("\"version\":5", "\"version\":9");
        QTest::newRow("forged payload") << forged.toJson() << qint64(0) << int(BundleRejection::BadSignature) << "signature";

        // The portal signs a digest; the same signature read as one over the payload fails.
        SignedBundle relabelled = *SignedBundle::parse(good);
        QVERIFY(relabelled.covers == SignedBundle::Covers::Digest);
        relabelled.covers = SignedBundle::Covers::Payload;
        QTest::newRow("digest signature relabelled") << relabelled.toJson() << qint64(0) << int(BundleRejection::BadSignature)
                                                     << "signature";
        QByteArray otherDigest = good;
        otherDigest.replace("\"digest\":\"blake2b-512\"", "\"digest\":\"md5\"");
        QVERIFY(otherDigest != good);
        QTest::newRow("unknown digest") << otherDigest << qint64(0) << int(BundleRejection::Malformed) << "\"digest\" must be";

        SignedBundle badSig = *SignedBundle::parse(good);
        badSig.signature[0] = char(badSig.signature[0] ^ 1);
        QTest::newRow("altered signature") << badSig.toJson() << qint64(0) << int(BundleRejection::BadSignature) << "signature";

        const Ed25519KeyPair stranger = BundleCrypto::generateEd25519KeyPair();
        QTest::newRow("untrusted signer") << signPayload(samplePayload(7), stranger) << qint64(0)
                                          << int(BundleRejection::UntrustedSigner) << "does not trust";
        // A stranger who claims the trusted key as signer still fails the signature.
        SignedBundle claimed = *SignedBundle::parse(signPayload(samplePayload(7), stranger));
        claimed.signer = m_keys.portal.publicKey;
        QTest::newRow("claimed signer") << claimed.toJson() << qint64(0) << int(BundleRejection::BadSignature) << "signature";

        BundleKeys otherService;
        otherService.portal = m_keys.portal;
        QTest::newRow("wrong recipient") << signPayload(emptyPayload(otherService, 8), m_keys.portal) << qint64(0)
                                         << int(BundleRejection::WrongRecipient) << "sealed to service key";

        QTest::newRow("not json") << QByteArray("hello") << qint64(0) << int(BundleRejection::Malformed) << "not JSON";
        QTest::newRow("empty object") << QByteArray("{}") << qint64(0) << int(BundleRejection::Malformed) << "format";
        QTest::newRow("bad base64") << QByteArray(R"({"format":"switchboard-bundle","signer":"!!","payload":"x","signature":"y"})")
                                    << qint64(0) << int(BundleRejection::Malformed) << "base64";

        // Signed, but the payload itself is broken: a field missing, a wrong type, a bad intent.
        auto signRaw = [this](const QJsonObject &o) {
            SignedBundle b;
            b.signer = m_keys.portal.publicKey;
            b.payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
            b.signature = BundleCrypto::sign(b.payload, m_keys.portal.secretKey);
            return b.toJson();
        };
        QJsonObject noVersion = samplePayload(4).toJson();
        noVersion.remove(QStringLiteral("version"));
        QTest::newRow("missing version") << signRaw(noVersion) << qint64(0) << int(BundleRejection::Malformed) << "payload.version";
        QJsonObject noBoxKey = samplePayload(4).toJson();
        noBoxKey.remove(QStringLiteral("secret_box_public_key"));
        QTest::newRow("missing box key") << signRaw(noBoxKey) << qint64(0) << int(BundleRejection::Malformed)
                                         << "field payload.secret_box_public_key";
        QJsonObject shortBoxKey = samplePayload(4).toJson();
        shortBoxKey.insert(QStringLiteral("secret_box_public_key"), QStringLiteral("AAAA"));
        QTest::newRow("short box key") << signRaw(shortBoxKey) << qint64(0) << int(BundleRejection::Malformed)
                                       << "field payload.secret_box_public_key: expected 32 bytes";
        QJsonObject badClusters = samplePayload(4).toJson();
        badClusters.insert(QStringLiteral("clusters"), QStringLiteral("nope"));
        QTest::newRow("clusters not an array") << signRaw(badClusters) << qint64(0) << int(BundleRejection::Malformed) << "clusters";
        QJsonObject badIntent = samplePayload(4).toJson();
        QJsonArray apps = badIntent.value(QStringLiteral("applications")).toArray();
        QJsonObject app = apps.first().toObject();
        app.insert(QStringLiteral("grants"), QJsonArray{QJsonObject{{QStringLiteral("channel"), QStringLiteral("kafka://a/b")},
                                                                    {QStringLiteral("intent"), QStringLiteral("delete")}}});
        apps.replace(0, app);
        badIntent.insert(QStringLiteral("applications"), apps);
        QTest::newRow("bad intent") << signRaw(badIntent) << qint64(0) << int(BundleRejection::Malformed)
                                    << "field applications[0].grants[0].intent";
        QJsonObject badHash = samplePayload(4).toJson();
        apps = badHash.value(QStringLiteral("applications")).toArray();
        app = apps.first().toObject();
        app.insert(QStringLiteral("token_hashes"), QJsonArray{QString(64, QLatin1Char('A'))});
        apps.replace(0, app);
        badHash.insert(QStringLiteral("applications"), apps);
        QTest::newRow("token hash not lowercase hex") << signRaw(badHash) << qint64(0) << int(BundleRejection::Malformed)
                                                      << "field applications[0].token_hashes[0]: expected 64 lowercase hex digits";
        QJsonObject badSecret = samplePayload(4).toJson();
        apps = badSecret.value(QStringLiteral("applications")).toArray();
        app = apps.first().toObject();
        QJsonArray creds = app.value(QStringLiteral("credentials")).toArray();
        QJsonObject cred = creds.first().toObject();
        cred.insert(QStringLiteral("secret_boxed"), QStringLiteral("not*base64"));
        creds.replace(0, cred);
        app.insert(QStringLiteral("credentials"), creds);
        apps.replace(0, app);
        badSecret.insert(QStringLiteral("applications"), apps);
        QTest::newRow("secret not base64") << signRaw(badSecret) << qint64(0) << int(BundleRejection::Malformed)
                                           << "field applications[0].credentials[0].secret_boxed: expected base64";
        QJsonObject fractional = samplePayload(4).toJson();
        fractional.insert(QStringLiteral("version"), 4.5);
        QTest::newRow("fractional version") << signRaw(fractional) << qint64(0) << int(BundleRejection::Malformed)
                                            << "field payload.version: expected an integer";
        QJsonObject badBinding = samplePayload(4).toJson();
        QJsonArray channelList = badBinding.value(QStringLiteral("channels")).toArray();
        QJsonObject channel = channelList.first().toObject();
        channel.insert(QStringLiteral("bindings"), QJsonArray{QJsonObject{{QStringLiteral("environment"), QStringLiteral("prod")},
                                                                          {QStringLiteral("cluster_id"), QStringLiteral("1")},
                                                                          {QStringLiteral("topic"), QStringLiteral("t")}}});
        channelList.replace(0, channel);
        badBinding.insert(QStringLiteral("channels"), channelList);
        QTest::newRow("binding cluster not a number") << signRaw(badBinding) << qint64(0) << int(BundleRejection::Malformed)
                                                      << "field channels[0].bindings[0].cluster_id: expected an integer";
        SignedBundle notObject;
        notObject.signer = m_keys.portal.publicKey;
        notObject.payload = "[1,2,3]";
        notObject.signature = BundleCrypto::sign(notObject.payload, m_keys.portal.secretKey);
        QTest::newRow("payload not an object") << notObject.toJson() << qint64(0) << int(BundleRejection::Malformed)
                                               << "malformed bundle: the payload is not a JSON object";
        QJsonObject future = samplePayload(4).toJson();
        future.insert(QStringLiteral("format"), 99);
        QTest::newRow("future format") << signRaw(future) << qint64(0) << int(BundleRejection::Malformed) << "not supported";

        // No rollback (issue 19): an old bundle, validly signed, is refused once past its not-after
        // time, also by a service with nothing installed.
        BundlePayload expired = samplePayload(40);
        expired.createdAt = QDateTime::currentDateTimeUtc().addDays(-3);
        expired.notAfter = QDateTime::currentDateTimeUtc().addSecs(-60);
        QTest::newRow("expired, empty state") << signPayload(expired, m_keys.portal) << qint64(0) << int(BundleRejection::Expired)
                                              << "version 40 expired at";
        QTest::newRow("expired, older installed") << signPayload(expired, m_keys.portal) << qint64(3)
                                                  << int(BundleRejection::Expired) << "push a current bundle";
        // An earlier portal's payload has no not_after: good for 30 days after created_at.
        BundlePayload oldPortal = samplePayload(41);
        oldPortal.notAfter = QDateTime();
        oldPortal.createdAt = QDateTime::currentDateTimeUtc().addDays(-31);
        QTest::newRow("no not_after, 31 days old") << signPayload(oldPortal, m_keys.portal) << qint64(0)
                                                   << int(BundleRejection::Expired) << "without a not-after time is good for 30 days";
        QJsonObject backwards = samplePayload(4).toJson();
        backwards.insert(QStringLiteral("not_after"), backwards.value(QStringLiteral("created_at")));
        QTest::newRow("not_after not after created_at") << signRaw(backwards) << qint64(0) << int(BundleRejection::Malformed)
                                                        << "field payload.not_after: must be later than created_at";
        QJsonObject badTime = samplePayload(4).toJson();
        badTime.insert(QStringLiteral("not_after"), QStringLiteral("next tuesday"));
        QTest::newRow("not_after not a time") << signRaw(badTime) << qint64(0) << int(BundleRejection::Malformed)
                                              << "field payload.not_after: expected an ISO 8601 time";
        // ttl_seconds beyond an int was silently wrapped (2^32 + 5 read as 5).
        QJsonObject hugeTtl = samplePayload(4).toJson();
        hugeTtl.insert(QStringLiteral("ttl_seconds"), qint64(4294967301));
        QTest::newRow("ttl beyond int") << signRaw(hugeTtl) << qint64(0) << int(BundleRejection::Malformed)
                                        << "field payload.ttl_seconds: must be between 0 and 2147483647";
    }

    // The not-after time is signed, travels, and decides, against the service's clock.
    void notAfter_data()
    {
        QTest::addColumn<qint64>("createdDaysAgo");
        QTest::addColumn<qint64>("notAfterInSeconds");   // from now; 0: no not_after (an earlier portal)
        QTest::addColumn<bool>("installs");
        QTest::newRow("fresh") << qint64(0) << qint64(30 * 86400) << true;
        QTest::newRow("one second left") << qint64(29) << qint64(5) << true;
        QTest::newRow("a minute past") << qint64(29) << qint64(-60) << false;
        QTest::newRow("earlier portal, 29 days old") << qint64(29) << qint64(0) << true;
        QTest::newRow("earlier portal, 31 days old") << qint64(31) << qint64(0) << false;
    }
    void notAfter()
    {
        QFETCH(qint64, createdDaysAgo);
        QFETCH(qint64, notAfterInSeconds);
        QFETCH(bool, installs);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        BundlePayload p = samplePayload(12);
        p.createdAt = now.addDays(-createdDaysAgo);
        p.notAfter = notAfterInSeconds ? now.addSecs(notAfterInSeconds) : QDateTime();
        const QByteArray envelope = signPayload(p, m_keys.portal);
        QCOMPARE(SignedBundle::parse(envelope)->payload.contains("\"not_after\""), notAfterInSeconds != 0);
        const BundleVerification v = verifier().verify(envelope, 0, {}, now);
        QCOMPARE(v.ok(), installs);
        if (installs) {
            QCOMPARE(v.payload.notAfter.isValid(), notAfterInSeconds != 0);
            QCOMPARE(v.payload.expiresAt().toSecsSinceEpoch(),
                     (notAfterInSeconds ? now.addSecs(notAfterInSeconds) : p.createdAt.addDays(30)).toSecsSinceEpoch());
        } else {
            QCOMPARE(int(v.rejection), int(BundleRejection::Expired));
        }
        // Moving not_after after signing is a forgery, not an extension.
        SignedBundle extended = *SignedBundle::parse(signPayload(p, m_keys.portal));
        extended.payload.replace("\"created_at\"", "\"not_after\":\"2999-01-01T00:00:00.000Z\",\"created_at\"");
        QCOMPARE(int(verifier().verify(extended.toJson(), 0, {}, now).rejection), int(BundleRejection::BadSignature));
    }

    // The payload parser reads JSON as any writer may spell it: escapes, numbers written as
    // 5.0, profile properties of every JSON type (they reach clients unchanged).
    void payloadAsAnyWriterSpellsIt()
    {
        BundlePayload p = samplePayload(6);
        p.channels.first().uri = QStringLiteral("kafka://billing.example.com/f\u00fcr/\"quoted\"");
        const QJsonObject properties{{QStringLiteral("retries"), 3},
                                     {QStringLiteral("linger.ms"), 5.5},
                                     {QStringLiteral("big"), qint64(9007199254740993)},
                                     {QStringLiteral("negative"), -12},
                                     {QStringLiteral("enable.idempotence"), true},
                                     {QStringLiteral("off"), false},
                                     {QStringLiteral("nothing"), QJsonValue::Null},
                                     {QStringLiteral("list"), QJsonArray{1, QStringLiteral("x"), QJsonObject{{QStringLiteral("k"), 2.25}}}},
                                     {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QJsonArray{}}}}};
        p.profiles.first().properties = properties;
        QByteArray json = QJsonDocument(p.toJson()).toJson(QJsonDocument::Indented);   // whitespace everywhere
        json.replace("\"version\": 6", "\"version\": 6.0");
        QVERIFY(json.contains("6.0"));
        json.replace("/", "\\/");   // a writer that escapes '/' (legal JSON): kafka:\/\/...
        QVERIFY(json.contains("kafka:\\/\\/"));
        SignedBundle b;
        b.signer = m_keys.portal.publicKey;
        b.payload = json;
        b.signature = BundleCrypto::sign(b.payload, m_keys.portal.secretKey);
        QByteArray envelope = b.toJson();
        envelope.replace("/", "\\/");   // and in the envelope's base64 (where the bytes have a '/')
        const BundleVerification v = verifier().verify(envelope, 0);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.payload.version, 6);
        QCOMPARE(v.payload.channels.first().uri, p.channels.first().uri);
        const QJsonObject read = v.payload.profiles.first().properties;
        QCOMPARE(read, QJsonDocument::fromJson(QJsonDocument(properties).toJson()).object());
        QCOMPARE(read.value(QStringLiteral("retries")).toInteger(), 3);
        QCOMPARE(read.value(QStringLiteral("big")).toInteger(), qint64(9007199254740993));
        QCOMPARE(read.value(QStringLiteral("linger.ms")).toDouble(), 5.5);
        QVERIFY(read.value(QStringLiteral("off")).isBool());
        QVERIFY(read.value(QStringLiteral("nothing")).isNull());
        QCOMPARE(v.payload.toJson(), p.toJson());
    }

    void refusals()
    {
        QFETCH(QByteArray, envelope);
        QFETCH(qint64, installed);
        QFETCH(int, rejection);
        QFETCH(QString, messagePart);
        const BundleVerification v = verifier().verify(envelope, installed);
        QVERIFY(!v.ok());
        QCOMPARE(int(v.rejection), rejection);
        QVERIFY2(v.message.contains(messagePart), qPrintable(v.message));
        QVERIFY(!v.message.contains(QLatin1String("s3cret")));
    }

    // The portal's bundle lifetime setting decides the not-after time of what it pushes (30 days
    // unless set); what is out of range is refused with a message and changes nothing.
    void pushedBundleCarriesTheCatalogsLifetime()
    {
        TempCatalog catalog;
        QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
        Database &db = catalog.db();
        Vault vault(db);
        QVERIFY(vault.initialize(SecretBytes::fromString(QStringLiteral("correct horse battery"))));
        QVERIFY(RoutingServiceStore(db).add(QStringLiteral("r1"), QStringLiteral("http://127.0.0.1:9"),
                                            QString::fromLatin1(m_keys.service.publicKey.toBase64())));
        auto signing = vault.signingKeyPair();
        QVERIFY2(signing, qPrintable(signing.error()));
        const BundleVerifier service({signing->publicKey}, m_keys.service.publicKey);
        const auto notAfterOf = [&]() -> std::pair<QDateTime, QDateTime> {
            auto prepared = BundlePusher::prepare(db, vault);
            if (!prepared || prepared->size() != 1) {
                qWarning("prepare: %s", qPrintable(prepared.error()));
                return {};
            }
            const BundleVerification v = service.verify(prepared->first().body, 0);
            if (!v.ok())
                qWarning("verify: %s", qPrintable(v.message));
            return {v.payload.createdAt, v.payload.notAfter};
        };
        QCOMPARE(RoutingServiceStore::bundleLifetimeSeconds(db), qint64(30 * 86400));
        auto [created, notAfter] = notAfterOf();
        QVERIFY(created.isValid() && notAfter.isValid());
        QCOMPARE(created.secsTo(notAfter), qint64(30 * 86400));

        QVERIFY(RoutingServiceStore::setBundleLifetimeSeconds(db, 2 * 3600));
        std::tie(created, notAfter) = notAfterOf();
        QCOMPARE(created.secsTo(notAfter), qint64(2 * 3600));

        for (qint64 wrong : {qint64(0), qint64(-5), qint64(59 * 60), qint64(367) * 86400, std::numeric_limits<qint64>::max()}) {
            const Status st = RoutingServiceStore::setBundleLifetimeSeconds(db, wrong);
            QVERIFY(!st);
            QVERIFY2(st.error().contains(QLatin1String("between 1 hour and 366 days")), qPrintable(st.error()));
        }
        QCOMPARE(RoutingServiceStore::bundleLifetimeSeconds(db), qint64(2 * 3600));
    }

    // The portal side: only approved, current state enters the bundle.
    void compileFromCatalog()
    {
        TempCatalog catalog;
        QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
        Database &db = catalog.db();
        Vault vault(db);
        QVERIFY(vault.initialize(SecretBytes::fromString(QStringLiteral("correct horse battery"))));

        Cluster cluster;
        cluster.name = QStringLiteral("prod-eu");
        cluster.environment = QStringLiteral("prod");
        cluster.bootstrapServers = QStringLiteral("broker1:9092");
        cluster.properties.insert(QStringLiteral("security.protocol"), QStringLiteral("SASL_PLAINTEXT"));
        auto added = ClusterStore(db).add(cluster);
        QVERIFY2(added, qPrintable(added.error()));
        for (const QString &name : {QStringLiteral("billing"), QStringLiteral("shipping")}) {
            Application app;
            app.name = name;
            QVERIFY(ApplicationStore(db).add(app));
        }
        const QString invoices = QStringLiteral("kafka://billing.example.com/invoices");
        const QString refunds = QStringLiteral("kafka://billing.example.com/refunds");
        ChannelStore channels(db);
        QVERIFY(channels.bind(invoices, QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("c0t3"), true));
        QVERIFY(channels.bind(refunds, QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("c0t4"), true));
        GrantStore grants(db);
        QVERIFY(grants.add(QStringLiteral("billing"), invoices, Intent::Produce));
        auto revoked = grants.add(QStringLiteral("billing"), refunds, Intent::Produce);
        QVERIFY(revoked);
        QVERIFY(grants.revoke(revoked->grant.id));

        CredentialStore creds(db, vault);
        QVERIFY(creds.set(QStringLiteral("billing"), added->id, QStringLiteral("PLAIN"), QStringLiteral("alice"),
                          SecretBytes::fromString(QStringLiteral("old-secret-1"))));
        QVERIFY(creds.set(QStringLiteral("billing"), added->id, QStringLiteral("PLAIN"), QStringLiteral("alice"),
                          SecretBytes::fromString(QStringLiteral("new-secret-2"))));
        QVERIFY(creds.set(QStringLiteral("shipping"), added->id, QStringLiteral("PLAIN"), QStringLiteral("bob"),
                          SecretBytes::fromString(QStringLiteral("bob-secret"))));
        QVERIFY(creds.revoke(QStringLiteral("shipping"), added->id));

        TokenStore tokens(db, vault);
        auto kept = tokens.issue(QStringLiteral("billing"));
        auto dropped = tokens.issue(QStringLiteral("billing"));
        QVERIFY(kept && dropped);
        QVERIFY(tokens.revoke(dropped->token.id));

        auto sources = BundleCompiler::gather(db, vault);
        QVERIFY2(sources, qPrintable(sources.error()));
        const BundlePayload payload = BundleCompiler::compile(*sources, 1, 60, m_keys.service.publicKey);
        QCOMPARE(payload.clusters.size(), 1);
        QCOMPARE(payload.clusters.first().securityProtocol, QStringLiteral("SASL_PLAINTEXT"));
        const BundleApplication *billing = nullptr;
        const BundleApplication *shipping = nullptr;
        for (const BundleApplication &a : payload.applications) {
            if (a.name == QLatin1String("billing"))
                billing = &a;
            if (a.name == QLatin1String("shipping"))
                shipping = &a;
        }
        QVERIFY(billing && shipping);
        QCOMPARE(billing->grants.size(), 1);   // the revoked refunds grant is gone
        QCOMPARE(billing->grants.first().channel, invoices);
        QCOMPARE(billing->tokenHashes, QStringList{kept->token.tokenHash});
        QCOMPARE(billing->credentials.size(), 1);   // only the current version
        QCOMPARE(payload.format, BundlePayload::kFormatVersion);
        QCOMPARE(payload.secretBoxPublicKey.size(), 32);
        QVERIFY(payload.secretBoxPublicKey != m_keys.service.publicKey);
        auto opener = BundleSecretOpener::create(payload, m_keys.service);
        QVERIFY2(opener, qPrintable(opener.error()));
        QCOMPARE(*opener->open(billing->credentials.first().boxedSecret), QByteArray("new-secret-2"));
        QVERIFY(shipping->credentials.isEmpty());   // revoked
        // The hash the service will check tokens with is the vault's construction.
        auto key = opener->open(payload.boxedTokenHashKey);
        QVERIFY(key);
        QCOMPARE(TokenStore::hashToken(kept->value.bytes(), *key), kept->token.tokenHash);
        const QByteArray json = QJsonDocument(payload.toJson()).toJson();
        QVERIFY(!json.contains("new-secret-2") && !json.contains("old-secret-1"));
        // Each compile has its own ephemeral key.
        QVERIFY(BundleCompiler::compile(*sources, 2, 60, m_keys.service.publicKey).secretBoxPublicKey
                != payload.secretBoxPublicKey);

        // The old format is still written on request (to test that services read it).
        const BundlePayload old = BundleCompiler::compile(*sources, 1, 60, m_keys.service.publicKey, 1);
        QCOMPARE(old.format, 1);
        QVERIFY(old.secretBoxPublicKey.isEmpty());
        QCOMPARE(*BundleCrypto::open(old.boxedTokenHashKey, m_keys.service), *key);
        for (const BundleApplication &a : old.applications)
            if (a.name == QLatin1String("billing"))
                QCOMPARE(*BundleCrypto::open(a.credentials.first().boxedSecret, m_keys.service), QByteArray("new-secret-2"));

        // The state hash moves with a revocation, and does not move without a change.
        const QString before = BundleCompiler::stateHash(*sources);
        auto again = BundleCompiler::gather(db, vault, false);
        QVERIFY(again);
        QCOMPARE(BundleCompiler::stateHash(*again), before);
        auto lastGrant = grants.list();
        QVERIFY(lastGrant);
        for (const GrantRecord &g : *lastGrant)
            if (g.active())
                QVERIFY(grants.revoke(g.grant.id));
        auto after = BundleCompiler::gather(db, vault, false);
        QVERIFY(after);
        QVERIFY(BundleCompiler::stateHash(*after) != before);
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
