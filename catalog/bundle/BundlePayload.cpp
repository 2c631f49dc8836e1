#include "bundle/BundlePayload.h"

#include "bundle/Base64.h"

#include <QJsonArray>
#include <QObject>

#include <simdjson.h>

#include <limits>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

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

namespace dom = simdjson::dom;

QString text(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// Profile properties keep their JSON types (numbers stay numbers), as QJsonDocument would.
QJsonValue toQt(dom::element v)
{
    switch (v.type()) {
    case dom::element_type::ARRAY: {
        QJsonArray array;
        for (dom::element item : dom::array(v))
            array.append(toQt(item));
        return array;
    }
    case dom::element_type::OBJECT: {
        QJsonObject object;
        for (dom::key_value_pair field : dom::object(v))
            object.insert(text(field.key), toQt(field.value));
        return object;
    }
    case dom::element_type::INT64: return QJsonValue(qint64(int64_t(v)));
    case dom::element_type::UINT64: return QJsonValue(double(uint64_t(v)));
    case dom::element_type::DOUBLE: return QJsonValue(double(v));
    case dom::element_type::STRING: return QJsonValue(text(std::string_view(v)));
    case dom::element_type::BOOL: return QJsonValue(bool(v));
    case dom::element_type::NULL_VALUE: return QJsonValue(QJsonValue::Null);
    }
    return QJsonValue(QJsonValue::Null);
}

// Reads fields strictly from simdjson's DOM and remembers the first problem with its path
// ("applications[3].name"). A field that is not there and is required fails like a mistyped one.
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

    // The value under key; false when it is absent (then a required one has failed with what).
    template <typename P>
    bool field(dom::object o, const P &path, const char *key, bool required, dom::element &out, const char *what)
    {
        if (o.at_key(key).get(out) == simdjson::SUCCESS)
            return true;
        if (required)
            fail(path, key, QObject::tr(what));
        return false;
    }

    template <typename P>
    bool view(dom::object o, const P &path, const char *key, std::string_view &out, bool required = true)
    {
        dom::element v;
        if (!field(o, path, key, required, v, QT_TR_NOOP("expected a string")))
            return false;
        if (v.get_string().get(out) != simdjson::SUCCESS) {
            fail(path, key, QObject::tr("expected a string"));
            return false;
        }
        return true;
    }
    template <typename P>
    QString string(dom::object o, const P &path, const char *key, bool required = true)
    {
        std::string_view s;
        return view(o, path, key, s, required) ? text(s) : QString();
    }
    template <typename P>
    qint64 integer(dom::object o, const P &path, const char *key, bool required = true, qint64 fallback = 0)
    {
        dom::element v;
        if (!field(o, path, key, required, v, QT_TR_NOOP("expected an integer")))
            return required ? 0 : fallback;
        int64_t i = 0;
        if (v.get_int64().get(i) == simdjson::SUCCESS)
            return i;
        // 5.0 is an integer too (QJsonDocument made no difference either).
        double d = 0;
        if (v.type() == dom::element_type::DOUBLE && v.get_double().get(d) == simdjson::SUCCESS
            && d >= -9223372036854775808.0 && d < 9223372036854775808.0 && d == double(qint64(d)))
            return qint64(d);
        fail(path, key, QObject::tr("expected an integer"));
        return 0;
    }
    template <typename P>
    QByteArray base64(dom::object o, const P &path, const char *key, bool required = true)
    {
        std::string_view s;
        if (!view(o, path, key, s, required) || s.empty())
            return {};
        auto decoded = Base64::decode(s);
        if (!decoded) {
            fail(path, key, QObject::tr("expected base64"));
            return {};
        }
        return std::move(*decoded);
    }
    template <typename P>
    bool array(dom::object o, const P &path, const char *key, dom::array &out, bool required = true)
    {
        dom::element v;
        if (!field(o, path, key, required, v, QT_TR_NOOP("expected an array")))
            return false;
        if (v.get_array().get(out) != simdjson::SUCCESS) {
            fail(path, key, QObject::tr("expected an array"));
            return false;
        }
        return true;
    }
    template <typename P>
    bool object(dom::element v, const P &path, dom::object &out)
    {
        if (v.get_object().get(out) != simdjson::SUCCESS) {
            fail(path, QObject::tr("expected an object"));
            return false;
        }
        return true;
    }
    template <typename P>
    QJsonObject object(dom::object o, const P &path, const char *key, bool required = true)
    {
        dom::element v;
        if (!field(o, path, key, required, v, QT_TR_NOOP("expected an object")))
            return {};
        if (v.type() != dom::element_type::OBJECT) {
            fail(path, key, QObject::tr("expected an object"));
            return {};
        }
        return toQt(v).toObject();
    }
    template <typename P>
    QDateTime time(dom::object o, const P &path, const char *key, bool required = true)
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

// The few short strings a bundle repeats thousands of times (environments, intents, mechanisms),
// made into a QString once and then shared; looked up linearly, as there are only a handful.
class StringCache {
public:
    template <typename P>
    QString operator()(Reader &r, dom::object o, const P &path, const char *key)
    {
        std::string_view s;
        if (!r.view(o, path, key, s))
            return {};
        for (const auto &[view, string] : m_entries)
            if (view == s)
                return string;
        QString string = text(s);
        if (m_entries.size() < 16)
            m_entries.emplace_back(s, string);   // s points into the parser, which outlives this
        return string;
    }

private:
    std::vector<std::pair<std::string_view, QString>> m_entries;
};

bool isLowerHex64(std::string_view s)
{
    if (s.size() != 64)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

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
    if (notAfter.isValid())
        json.insert(QStringLiteral("not_after"), notAfter.toUTC().toString(Qt::ISODateWithMs));
    if (sealed) {
        json.insert(QStringLiteral("token_hash_key_sealed"), b64(boxedTokenHashKey));
    } else {
        json.insert(QStringLiteral("secret_box_public_key"), b64(secretBoxPublicKey));
        json.insert(QStringLiteral("token_hash_key_boxed"), b64(boxedTokenHashKey));
    }
    return json;
}

Result<BundlePayload> BundlePayload::fromJson(QByteArrayView bytes)
{
    // simdjson's DOM straight into the structs: no QJsonDocument in between (it would build a
    // tree of QJsonValues and UTF-16 strings only to read them once). One parser per thread,
    // kept: its buffers (several MB for a large bundle) are then allocated and touched once, not
    // on every install (thousands of page faults each time).
    thread_local dom::parser parser;
    dom::element document;
    dom::object json;
    if (parser.parse(bytes.data(), size_t(bytes.size())).get(document) != simdjson::SUCCESS
        || document.get_object().get(json) != simdjson::SUCCESS)
        return makeError(QObject::tr("the payload is not a JSON object"));
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
    p.notAfter = r.time(json, root, "not_after", false);
    if (!r.failed() && p.notAfter.isValid() && p.notAfter <= p.createdAt)
        r.fail(QStringLiteral("payload.not_after"), QObject::tr("must be later than created_at"));
    const qint64 ttl = r.integer(json, root, "ttl_seconds", false, 300);
    if (!r.failed() && (ttl < 0 || ttl > std::numeric_limits<int>::max()))
        r.fail(QStringLiteral("payload.ttl_seconds"), QObject::tr("must be between 0 and %1").arg(std::numeric_limits<int>::max()));
    p.ttlSeconds = int(ttl);
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

    dom::array clusters;
    if (r.array(json, root, "clusters", clusters)) {
        p.clusters.reserve(qsizetype(clusters.size()));
        qsizetype i = 0;
        for (dom::element e : clusters) {
            const auto path = [i] { return at(QStringLiteral("clusters"), i); };
            ++i;
            dom::object o;
            if (r.failed() || !r.object(e, path, o))
                break;
            BundleCluster c;
            c.id = r.integer(o, path, "id");
            c.name = r.string(o, path, "name");
            c.environment = r.string(o, path, "environment");
            c.bootstrapServers = r.string(o, path, "bootstrap_servers");
            c.securityProtocol = r.string(o, path, "security_protocol", false);
            p.clusters.append(std::move(c));
        }
    }
    StringCache shared;
    dom::array channels;
    if (!r.failed() && r.array(json, root, "channels", channels)) {
        p.channels.reserve(qsizetype(channels.size()));
        qsizetype i = 0;
        for (dom::element e : channels) {
            const auto path = [i] { return at(QStringLiteral("channels"), i); };
            ++i;
            dom::object o;
            if (r.failed() || !r.object(e, path, o))
                break;
            BundleChannel ch;
            ch.id = r.integer(o, path, "id");
            ch.uri = r.string(o, path, "uri");
            dom::array bindings;
            if (r.array(o, path, "bindings", bindings)) {
                ch.bindings.reserve(qsizetype(bindings.size()));
                qsizetype j = 0;
                for (dom::element be : bindings) {
                    const auto bpath = [&path, j] { return at(path() + QStringLiteral(".bindings"), j); };
                    ++j;
                    dom::object bo;
                    if (r.failed() || !r.object(be, bpath, bo))
                        break;
                    BundleBinding b;
                    b.id = r.integer(bo, bpath, "id", false);
                    b.environment = shared(r, bo, bpath, "environment");
                    b.clusterId = r.integer(bo, bpath, "cluster_id");
                    b.topic = r.string(bo, bpath, "topic");
                    ch.bindings.append(std::move(b));
                }
            }
            p.channels.append(std::move(ch));
        }
    }
    dom::array rules;
    if (!r.failed() && r.array(json, root, "rules", rules, false)) {
        p.rules.reserve(qsizetype(rules.size()));
        qsizetype i = 0;
        for (dom::element e : rules) {
            const auto path = [i] { return at(QStringLiteral("rules"), i); };
            ++i;
            dom::object o;
            if (r.failed() || !r.object(e, path, o))
                break;
            BundleRule rule;
            rule.id = r.integer(o, path, "id");
            rule.environment = r.string(o, path, "environment");
            rule.hostPattern = r.string(o, path, "host_pattern");
            rule.pathPattern = r.string(o, path, "path_pattern");
            rule.topicTemplate = r.string(o, path, "topic_template");
            rule.clusterId = r.integer(o, path, "cluster_id");
            p.rules.append(std::move(rule));
        }
    }
    dom::array profiles;
    if (!r.failed() && r.array(json, root, "profiles", profiles)) {
        p.profiles.reserve(qsizetype(profiles.size()));
        qsizetype i = 0;
        for (dom::element e : profiles) {
            const auto path = [i] { return at(QStringLiteral("profiles"), i); };
            ++i;
            dom::object o;
            if (r.failed() || !r.object(e, path, o))
                break;
            BundleProfile pr;
            pr.name = r.string(o, path, "name");
            pr.role = r.string(o, path, "role");
            pr.description = r.string(o, path, "description", false);
            pr.properties = r.object(o, path, "properties", false);
            if (!r.failed() && pr.role != QLatin1String("producer") && pr.role != QLatin1String("consumer"))
                r.fail(path, "role", QObject::tr("must be producer or consumer"));
            p.profiles.append(std::move(pr));
        }
    }
    dom::array apps;
    if (!r.failed() && r.array(json, root, "applications", apps)) {
        p.applications.reserve(qsizetype(apps.size()));
        qsizetype i = 0;
        for (dom::element e : apps) {
            const auto path = [i] { return at(QStringLiteral("applications"), i); };
            ++i;
            dom::object o;
            if (r.failed() || !r.object(e, path, o))
                break;
            BundleApplication a;
            a.id = r.integer(o, path, "id");
            a.name = r.string(o, path, "name");
            dom::array hashes;
            if (r.array(o, path, "token_hashes", hashes)) {
                a.tokenHashes.reserve(qsizetype(hashes.size()));
                qsizetype j = 0;
                for (dom::element he : hashes) {
                    if (r.failed())
                        break;
                    std::string_view hash;
                    if (he.get_string().get(hash) != simdjson::SUCCESS || !isLowerHex64(hash))
                        r.fail([&path, j] { return at(path() + QStringLiteral(".token_hashes"), j); },
                               QObject::tr("expected 64 lowercase hex digits"));
                    a.tokenHashes.append(text(hash));
                    ++j;
                }
            }
            dom::array grants;
            if (!r.failed() && r.array(o, path, "grants", grants)) {
                a.grants.reserve(qsizetype(grants.size()));
                qsizetype j = 0;
                for (dom::element ge : grants) {
                    const auto gpath = [&path, j] { return at(path() + QStringLiteral(".grants"), j); };
                    ++j;
                    dom::object go;
                    if (r.failed() || !r.object(ge, gpath, go))
                        break;
                    BundleGrant g;
                    g.id = r.integer(go, gpath, "id", false);
                    g.channel = r.string(go, gpath, "channel");
                    g.intent = shared(r, go, gpath, "intent");
                    g.consumerGroup = r.string(go, gpath, "consumer_group", false);
                    bool prefix = false;
                    if (dom::element v; go.at_key("group_is_prefix").get(v) == simdjson::SUCCESS && v.get_bool().get(prefix) != simdjson::SUCCESS)
                        prefix = false;   // lenient, as before: anything but true is false
                    g.groupIsPrefix = prefix;
                    if (!r.failed() && g.intent != QLatin1String("produce") && g.intent != QLatin1String("consume"))
                        r.fail(gpath, "intent", QObject::tr("must be produce or consume"));
                    a.grants.append(std::move(g));
                }
            }
            dom::array creds;
            if (!r.failed() && r.array(o, path, "credentials", creds)) {
                a.credentials.reserve(qsizetype(creds.size()));
                qsizetype j = 0;
                for (dom::element ce : creds) {
                    const auto cpath = [&path, j] { return at(path() + QStringLiteral(".credentials"), j); };
                    ++j;
                    dom::object co;
                    if (r.failed() || !r.object(ce, cpath, co))
                        break;
                    BundleCredential c;
                    c.clusterId = r.integer(co, cpath, "cluster_id");
                    c.mechanism = shared(r, co, cpath, "mechanism");
                    c.username = r.string(co, cpath, "username");
                    c.boxedSecret = r.base64(co, cpath, sealed ? "secret_sealed" : "secret_boxed");
                    c.version = int(r.integer(co, cpath, "version", false, 1));
                    c.validUntil = r.time(co, cpath, "valid_until", false);
                    a.credentials.append(std::move(c));
                }
            }
            p.applications.append(std::move(a));
        }
    }
    if (r.failed())
        return makeError(r.error);
    return p;
}

} // namespace Switchboard
