#include "bundle/BundlePayload.h"

#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>

#include <type_traits>

namespace Switchboard {

namespace {

QString b64(const QByteArray &bytes) { return QString::fromLatin1(bytes.toBase64()); }

// A field's path is only spelled out when a problem is reported: building "applications[3].grants[2]"
// for every entry of a large bundle costs more than reading the entry.
inline QString spell(const QString &path) { return path; }
template <typename F>
    requires std::is_invocable_r_v<QString, const F &>
inline QString spell(const F &path)
{
    return path();
}

// Reads fields strictly and remembers the first problem with its path ("applications[3].name").
class Reader {
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }
    template <typename P>
    void fail(const P &path, const QString &what)
    {
        if (error.isEmpty())
            error = QObject::tr("field %1: %2").arg(spell(path), what);
    }
    template <typename P>
    void fail(const P &path, const char *key, const QString &what)
    {
        if (error.isEmpty())
            error = QObject::tr("field %1: %2").arg(spell(path) + QLatin1Char('.') + QLatin1String(key), what);
    }

    template <typename P>
    QString string(const QJsonObject &o, const P &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString()) {
            fail(path, key, QObject::tr("expected a string"));
            return {};
        }
        return v.toString();
    }
    template <typename P>
    qint64 integer(const QJsonObject &o, const P &path, const char *key, bool required = true, qint64 fallback = 0)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble()))) {
            fail(path, key, QObject::tr("expected an integer"));
            return 0;
        }
        return qint64(v.toDouble());
    }
    template <typename P>
    QByteArray base64(const QJsonObject &o, const P &path, const char *key, bool required = true)
    {
        const QString s = string(o, path, key, required);
        if (s.isEmpty())
            return {};
        const auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            fail(path, key, QObject::tr("expected base64"));
            return {};
        }
        return decoded.decoded;
    }
    template <typename P>
    QJsonArray array(const QJsonObject &o, const P &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray()) {
            fail(path, key, QObject::tr("expected an array"));
            return {};
        }
        return v.toArray();
    }
    template <typename P>
    QJsonObject object(const QJsonValue &v, const P &path)
    {
        if (!v.isObject()) {
            fail(path, QObject::tr("expected an object"));
            return {};
        }
        return v.toObject();
    }
    template <typename P>
    QJsonObject object(const QJsonObject &o, const P &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isObject()) {
            fail(path, key, QObject::tr("expected an object"));
            return {};
        }
        return v.toObject();
    }
    template <typename P>
    QDateTime time(const QJsonObject &o, const P &path, const char *key, bool required = true)
    {
        const QString s = string(o, path, key, required);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            fail(path, key, QObject::tr("expected an ISO 8601 time"));
        return t;
    }
};

QString at(const QString &path, qsizetype i) { return QStringLiteral("%1[%2]").arg(path).arg(i); }

} // namespace

QJsonObject BundlePayload::toJson() const
{
    const bool sealed = format < 2;
    const QString secretField = sealed ? QStringLiteral("secret_sealed") : QStringLiteral("secret_boxed");
    QJsonArray jClusters;
    for (const BundleCluster &c : clusters)
        jClusters.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("environment"), c.environment},
                                     {QStringLiteral("bootstrap_servers"), c.bootstrapServers},
                                     {QStringLiteral("security_protocol"), c.securityProtocol}});
    QJsonArray jChannels;
    for (const BundleChannel &ch : channels) {
        QJsonArray bindings;
        for (const BundleBinding &b : ch.bindings)
            bindings.append(QJsonObject{{QStringLiteral("id"), b.id},
                                        {QStringLiteral("environment"), b.environment},
                                        {QStringLiteral("cluster_id"), b.clusterId},
                                        {QStringLiteral("topic"), b.topic}});
        jChannels.append(QJsonObject{{QStringLiteral("id"), ch.id},
                                     {QStringLiteral("uri"), ch.uri},
                                     {QStringLiteral("bindings"), bindings}});
    }
    QJsonArray jRules;
    for (const BundleRule &r : rules)
        jRules.append(QJsonObject{{QStringLiteral("id"), r.id},
                                  {QStringLiteral("environment"), r.environment},
                                  {QStringLiteral("host_pattern"), r.hostPattern},
                                  {QStringLiteral("path_pattern"), r.pathPattern},
                                  {QStringLiteral("topic_template"), r.topicTemplate},
                                  {QStringLiteral("cluster_id"), r.clusterId}});
    QJsonArray jProfiles;
    for (const BundleProfile &p : profiles)
        jProfiles.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("role"), p.role},
                                     {QStringLiteral("description"), p.description},
                                     {QStringLiteral("properties"), p.properties}});
    QJsonArray jApps;
    for (const BundleApplication &a : applications) {
        const QJsonArray hashes = QJsonArray::fromStringList(a.tokenHashes);
        QJsonArray grants;
        for (const BundleGrant &g : a.grants) {
            QJsonObject jg{{QStringLiteral("id"), g.id},
                           {QStringLiteral("channel"), g.channel},
                           {QStringLiteral("intent"), g.intent}};
            if (!g.consumerGroup.isEmpty()) {
                jg.insert(QStringLiteral("consumer_group"), g.consumerGroup);
                jg.insert(QStringLiteral("group_is_prefix"), g.groupIsPrefix);
            }
            grants.append(jg);
        }
        QJsonArray creds;
        for (const BundleCredential &c : a.credentials) {
            QJsonObject jc{{QStringLiteral("cluster_id"), c.clusterId},
                           {QStringLiteral("mechanism"), c.mechanism},
                           {QStringLiteral("username"), c.username},
                           {secretField, b64(c.boxedSecret)},
                           {QStringLiteral("version"), c.version}};
            if (c.validUntil.isValid())
                jc.insert(QStringLiteral("valid_until"), c.validUntil.toUTC().toString(Qt::ISODateWithMs));
            creds.append(jc);
        }
        jApps.append(QJsonObject{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("name"), a.name},
                                 {QStringLiteral("token_hashes"), hashes},
                                 {QStringLiteral("grants"), grants},
                                 {QStringLiteral("credentials"), creds}});
    }
    QJsonObject json{{QStringLiteral("format"), format},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("ttl_seconds"), ttlSeconds},
                     {QStringLiteral("state_hash"), stateHash},
                     {QStringLiteral("recipient"), b64(recipient)},
                     {QStringLiteral("clusters"), jClusters},
                     {QStringLiteral("channels"), jChannels},
                     {QStringLiteral("rules"), jRules},
                     {QStringLiteral("profiles"), jProfiles},
                     {QStringLiteral("applications"), jApps}};
    if (sealed) {
        json.insert(QStringLiteral("token_hash_key_sealed"), b64(boxedTokenHashKey));
    } else {
        json.insert(QStringLiteral("secret_box_public_key"), b64(secretBoxPublicKey));
        json.insert(QStringLiteral("token_hash_key_boxed"), b64(boxedTokenHashKey));
    }
    return json;
}

Result<BundlePayload> BundlePayload::fromJson(const QJsonObject &json)
{
    Reader r;
    const QString root = QStringLiteral("payload");
    BundlePayload p;
    const qint64 format = r.integer(json, root, "format");
    if (!r.failed() && (format < kOldestReadableFormat || format > kFormatVersion))
        return makeError(QObject::tr("bundle format %1 is not supported (this service reads formats %2 to %3)")
                             .arg(format).arg(kOldestReadableFormat).arg(kFormatVersion));
    p.format = int(format);
    const bool sealed = format < 2;
    p.version = r.integer(json, root, "version");
    if (!r.failed() && p.version <= 0)
        r.fail(QStringLiteral("payload.version"), QObject::tr("must be positive"));
    p.createdAt = r.time(json, root, "created_at");
    p.ttlSeconds = int(r.integer(json, root, "ttl_seconds", false, 300));
    if (p.ttlSeconds < 0)
        r.fail(QStringLiteral("payload.ttl_seconds"), QObject::tr("must not be negative"));
    p.stateHash = r.string(json, root, "state_hash", false);
    p.recipient = r.base64(json, root, "recipient");
    if (sealed) {
        p.boxedTokenHashKey = r.base64(json, root, "token_hash_key_sealed");
    } else {
        p.secretBoxPublicKey = r.base64(json, root, "secret_box_public_key");
        if (!r.failed() && p.secretBoxPublicKey.size() != 32)
            r.fail(root, "secret_box_public_key", QObject::tr("expected 32 bytes"));
        p.boxedTokenHashKey = r.base64(json, root, "token_hash_key_boxed");
    }

    const QJsonArray clusters = r.array(json, root, "clusters");
    p.clusters.reserve(clusters.size());
    for (qsizetype i = 0; i < clusters.size() && !r.failed(); ++i) {
        const auto path = [i] { return at(QStringLiteral("clusters"), i); };
        const QJsonObject o = r.object(clusters.at(i), path);
        BundleCluster c;
        c.id = r.integer(o, path, "id");
        c.name = r.string(o, path, "name");
        c.environment = r.string(o, path, "environment");
        c.bootstrapServers = r.string(o, path, "bootstrap_servers");
        c.securityProtocol = r.string(o, path, "security_protocol", false);
        p.clusters.append(std::move(c));
    }
    const QJsonArray channels = r.array(json, root, "channels");
    p.channels.reserve(channels.size());
    for (qsizetype i = 0; i < channels.size() && !r.failed(); ++i) {
        const auto path = [i] { return at(QStringLiteral("channels"), i); };
        const QJsonObject o = r.object(channels.at(i), path);
        BundleChannel ch;
        ch.id = r.integer(o, path, "id");
        ch.uri = r.string(o, path, "uri");
        const QJsonArray bindings = r.array(o, path, "bindings");
        ch.bindings.reserve(bindings.size());
        for (qsizetype j = 0; j < bindings.size() && !r.failed(); ++j) {
            const auto bpath = [&path, j] { return at(path() + QStringLiteral(".bindings"), j); };
            const QJsonObject bo = r.object(bindings.at(j), bpath);
            BundleBinding b;
            b.id = r.integer(bo, bpath, "id", false);
            b.environment = r.string(bo, bpath, "environment");
            b.clusterId = r.integer(bo, bpath, "cluster_id");
            b.topic = r.string(bo, bpath, "topic");
            ch.bindings.append(std::move(b));
        }
        p.channels.append(std::move(ch));
    }
    const QJsonArray rules = r.array(json, root, "rules", false);
    p.rules.reserve(rules.size());
    for (qsizetype i = 0; i < rules.size() && !r.failed(); ++i) {
        const auto path = [i] { return at(QStringLiteral("rules"), i); };
        const QJsonObject o = r.object(rules.at(i), path);
        BundleRule rule;
        rule.id = r.integer(o, path, "id");
        rule.environment = r.string(o, path, "environment");
        rule.hostPattern = r.string(o, path, "host_pattern");
        rule.pathPattern = r.string(o, path, "path_pattern");
        rule.topicTemplate = r.string(o, path, "topic_template");
        rule.clusterId = r.integer(o, path, "cluster_id");
        p.rules.append(std::move(rule));
    }
    const QJsonArray profiles = r.array(json, root, "profiles");
    p.profiles.reserve(profiles.size());
    for (qsizetype i = 0; i < profiles.size() && !r.failed(); ++i) {
        const auto path = [i] { return at(QStringLiteral("profiles"), i); };
        const QJsonObject o = r.object(profiles.at(i), path);
        BundleProfile pr;
        pr.name = r.string(o, path, "name");
        pr.role = r.string(o, path, "role");
        pr.description = r.string(o, path, "description", false);
        pr.properties = r.object(o, path, "properties", false);
        if (!r.failed() && pr.role != QLatin1String("producer") && pr.role != QLatin1String("consumer"))
            r.fail(path, "role", QObject::tr("must be producer or consumer"));
        p.profiles.append(std::move(pr));
    }
    const QJsonArray apps = r.array(json, root, "applications");
    p.applications.reserve(apps.size());
    for (qsizetype i = 0; i < apps.size() && !r.failed(); ++i) {
        const auto path = [i] { return at(QStringLiteral("applications"), i); };
        const QJsonObject o = r.object(apps.at(i), path);
        BundleApplication a;
        a.id = r.integer(o, path, "id");
        a.name = r.string(o, path, "name");
        const QJsonArray hashes = r.array(o, path, "token_hashes");
        a.tokenHashes.reserve(hashes.size());
        for (qsizetype j = 0; j < hashes.size() && !r.failed(); ++j) {
            QString hash = hashes.at(j).toString();
            static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
            if (!hashes.at(j).isString() || !hex.match(hash).hasMatch())
                r.fail([&path, j] { return at(path() + QStringLiteral(".token_hashes"), j); }, QObject::tr("expected 64 lowercase hex digits"));
            a.tokenHashes.append(std::move(hash));
        }
        const QJsonArray grants = r.array(o, path, "grants");
        a.grants.reserve(grants.size());
        for (qsizetype j = 0; j < grants.size() && !r.failed(); ++j) {
            const auto gpath = [&path, j] { return at(path() + QStringLiteral(".grants"), j); };
            const QJsonObject go = r.object(grants.at(j), gpath);
            BundleGrant g;
            g.id = r.integer(go, gpath, "id", false);
            g.channel = r.string(go, gpath, "channel");
            g.intent = r.string(go, gpath, "intent");
            g.consumerGroup = r.string(go, gpath, "consumer_group", false);
            g.groupIsPrefix = go.value(QStringLiteral("group_is_prefix")).toBool();
            if (!r.failed() && g.intent != QLatin1String("produce") && g.intent != QLatin1String("consume"))
                r.fail(gpath, "intent", QObject::tr("must be produce or consume"));
            a.grants.append(std::move(g));
        }
        const QJsonArray creds = r.array(o, path, "credentials");
        a.credentials.reserve(creds.size());
        for (qsizetype j = 0; j < creds.size() && !r.failed(); ++j) {
            const auto cpath = [&path, j] { return at(path() + QStringLiteral(".credentials"), j); };
            const QJsonObject co = r.object(creds.at(j), cpath);
            BundleCredential c;
            c.clusterId = r.integer(co, cpath, "cluster_id");
            c.mechanism = r.string(co, cpath, "mechanism");
            c.username = r.string(co, cpath, "username");
            c.boxedSecret = r.base64(co, cpath, sealed ? "secret_sealed" : "secret_boxed");
            c.version = int(r.integer(co, cpath, "version", false, 1));
            c.validUntil = r.time(co, cpath, "valid_until", false);
            a.credentials.append(std::move(c));
        }
        p.applications.append(std::move(a));
    }
    if (r.failed())
        return makeError(r.error);
    return p;
}

} // namespace Switchboard
