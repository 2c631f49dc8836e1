#include "workspace/WorkspaceRecord.h"

#include "routing/ApplicationStore.h"
#include "routing/ChannelUri.h"
#include "routing/RoutingModel.h"
#include "store/StoreSupport.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUuid>

namespace Switchboard {

using namespace Internal;

namespace {

const QStringList kKinds{QStringLiteral("request"), QStringLiteral("withdrawal"), QStringLiteral("decision"),
                         QStringLiteral("member"), QStringLiteral("application")};

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

// A string member of data; missing is empty, any other type is an error.
Result<QString> text(const QJsonObject &data, const char *name, bool required, int maxLength = 4096)
{
    const QJsonValue v = data.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return makeError(QObject::tr("\"%1\" is missing").arg(QLatin1String(name)));
        return QString();
    }
    if (!v.isString())
        return makeError(QObject::tr("\"%1\" is not a string").arg(QLatin1String(name)));
    if (v.toString().size() > maxLength)
        return makeError(QObject::tr("\"%1\" is longer than %2 characters").arg(QLatin1String(name)).arg(maxLength));
    if (required && v.toString().trimmed().isEmpty())
        return makeError(QObject::tr("\"%1\" is empty").arg(QLatin1String(name)));
    return v.toString();
}

} // namespace

QByteArray WorkspaceRecord::key() const
{
    return (kind + QLatin1Char(':') + id).toUtf8();
}

QByteArray WorkspaceRecord::value() const
{
    if (tombstone)
        return {};
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("at"), timeText(at)},
                  {QStringLiteral("base"), base},
                  {QStringLiteral("data"), data}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<WorkspaceRecord> WorkspaceRecord::parse(const QByteArray &key, const QByteArray &value, bool isNull)
{
    const QString keyText = QString::fromUtf8(key);
    const qsizetype colon = keyText.indexOf(QLatin1Char(':'));
    if (key.isEmpty() || colon <= 0)
        return makeError(QObject::tr("the key is not <kind>:<id>"));
    WorkspaceRecord r;
    r.kind = keyText.left(colon);
    r.id = keyText.mid(colon + 1);
    if (!kKinds.contains(r.kind))
        return makeError(QObject::tr("unknown kind \"%1\"").arg(r.kind.left(40)));
    if (isNull) {
        r.tombstone = true;
        return r;
    }
    if (value.size() > kMaxBytes)
        return makeError(QObject::tr("the value is larger than %1 bytes").arg(kMaxBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(value, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QObject::tr("the value is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toInt(-1) != kFormat)
        return makeError(QObject::tr("unknown format (this version reads format %1)").arg(kFormat));
    if (o.value(QLatin1String("kind")).toString() != r.kind || o.value(QLatin1String("id")).toString() != r.id)
        return makeError(QObject::tr("the key does not match the kind and id in the value"));
    r.at = parseTime(o.value(QLatin1String("at")).toString());
    if (!r.at.isValid())
        return makeError(QObject::tr("\"at\" is not a time"));
    const QJsonValue base = o.value(QLatin1String("base"));
    if (!base.isDouble())
        return makeError(QObject::tr("\"base\" is not a number"));
    r.base = qint64(base.toDouble());
    if (!o.value(QLatin1String("data")).isObject())
        return makeError(QObject::tr("\"data\" is not an object"));
    r.data = o.value(QLatin1String("data")).toObject();
    return r;
}

WorkspaceRecord WorkspaceRecord::request(const AccessRequest &req)
{
    WorkspaceRecord r;
    r.kind = QStringLiteral("request");
    r.id = req.uuid;
    r.at = req.createdAt.isValid() ? req.createdAt : QDateTime::currentDateTimeUtc();
    // No author: the request topic it is written to says who filed it.
    r.data = QJsonObject{{QStringLiteral("application"), req.application},
                         {QStringLiteral("channel"), req.channel},
                         {QStringLiteral("intent"), intentName(req.intent)},
                         {QStringLiteral("consumer_group"), req.consumerGroup},
                         {QStringLiteral("group_is_prefix"), req.groupIsPrefix},
                         {QStringLiteral("justification"), req.justification},
                         {QStringLiteral("proposed_environment"), req.proposedEnvironment},
                         {QStringLiteral("proposed_cluster"), req.proposedCluster},
                         {QStringLiteral("proposed_topic"), req.proposedTopic}};
    return r;
}

Result<AccessRequest> WorkspaceRecord::toRequest(const QString &author) const
{
    if (kind != QLatin1String("request"))
        return makeError(QObject::tr("a %1 record is not a request").arg(kind));
    if (tombstone)
        return makeError(QObject::tr("requests are never deleted"));
    if (!isUuid(id))
        return makeError(QObject::tr("the request id is not a UUID"));
    AccessRequest req;
    req.uuid = id;
    req.author = author;
    req.createdAt = at;
    auto application = text(data, "application", true, 256);
    if (!application)
        return makeError(application.error());
    req.application = *application;
    auto channel = text(data, "channel", true);
    if (!channel)
        return makeError(channel.error());
    auto uri = ChannelUri::parse(*channel);
    if (!uri)
        return makeError(uri.error());
    req.channel = uri->toString();
    auto intent = text(data, "intent", true);
    if (!intent)
        return makeError(intent.error());
    auto parsedIntent = parseIntent(*intent);
    if (!parsedIntent)
        return makeError(QObject::tr("\"intent\" is produce or consume"));
    req.intent = *parsedIntent;
    for (auto [field, name] : {std::pair{&req.consumerGroup, "consumer_group"}, std::pair{&req.justification, "justification"},
                               std::pair{&req.proposedEnvironment, "proposed_environment"},
                               std::pair{&req.proposedCluster, "proposed_cluster"}, std::pair{&req.proposedTopic, "proposed_topic"}}) {
        auto value = text(data, name, false);
        if (!value)
            return makeError(value.error());
        *field = *value;
    }
    req.groupIsPrefix = data.value(QLatin1String("group_is_prefix")).toBool(false);
    return req;
}

WorkspaceRecord WorkspaceRecord::decision(const QString &requestUuid, RequestState state, const QString &reason,
                                          const QString &by, qint64 base)
{
    WorkspaceRecord r;
    r.kind = QStringLiteral("decision");
    r.id = requestUuid;
    r.at = QDateTime::currentDateTimeUtc();
    r.base = base;
    r.data = QJsonObject{{QStringLiteral("state"), requestStateName(state)},
                         {QStringLiteral("reason"), reason},
                         {QStringLiteral("by"), by}};
    return r;
}

Result<WorkspaceRecord::Decision> WorkspaceRecord::toDecision() const
{
    if (kind != QLatin1String("decision") || tombstone)
        return makeError(QObject::tr("not a decision"));
    if (!isUuid(id))
        return makeError(QObject::tr("the request id is not a UUID"));
    Decision d;
    d.request = id;
    auto state = text(data, "state", true);
    if (!state)
        return makeError(state.error());
    auto parsed = parseRequestState(*state);
    if (!parsed || *parsed == RequestState::Pending)
        return makeError(QObject::tr("a decision is approved, declined or withdrawn"));
    d.state = *parsed;
    auto reason = text(data, "reason", false);
    if (!reason)
        return makeError(reason.error());
    d.reason = *reason;
    auto by = text(data, "by", true, 256);
    if (!by)
        return makeError(by.error());
    d.by = *by;
    return d;
}

WorkspaceRecord WorkspaceRecord::withdrawal(const QString &requestUuid)
{
    WorkspaceRecord r;
    r.kind = QStringLiteral("withdrawal");
    r.id = requestUuid;
    r.at = QDateTime::currentDateTimeUtc();
    return r;
}

WorkspaceRecord WorkspaceRecord::application(const SharedApplication &app, qint64 base)
{
    WorkspaceRecord r;
    r.kind = QStringLiteral("application");
    r.id = app.name;
    r.at = QDateTime::currentDateTimeUtc();
    r.base = base;
    QJsonObject principals;
    for (auto it = app.principals.cbegin(); it != app.principals.cend(); ++it)
        principals.insert(it.key(), it.value());
    r.data = QJsonObject{{QStringLiteral("owner_team"), app.ownerTeam},
                         {QStringLiteral("description"), app.description},
                         {QStringLiteral("principals"), principals},
                         {QStringLiteral("by"), app.by}};
    return r;
}

WorkspaceRecord WorkspaceRecord::applicationRemoved(const QString &name, qint64 base)
{
    WorkspaceRecord r;
    r.kind = QStringLiteral("application");
    r.id = name;
    r.base = base;
    r.tombstone = true;
    return r;
}

Result<WorkspaceRecord::SharedApplication> WorkspaceRecord::toApplication() const
{
    if (kind != QLatin1String("application"))
        return makeError(QObject::tr("not an application"));
    if (auto st = ApplicationStore::validateName(id); !st)
        return makeError(st.error());
    SharedApplication app;
    app.name = id;
    if (tombstone)
        return app;
    for (auto [field, name] : {std::pair{&app.ownerTeam, "owner_team"}, std::pair{&app.description, "description"}}) {
        auto value = text(data, name, false);
        if (!value)
            return makeError(value.error());
        *field = *value;
    }
    auto by = text(data, "by", true, 256);
    if (!by)
        return makeError(by.error());
    app.by = *by;
    const QJsonValue principals = data.value(QLatin1String("principals"));
    if (!principals.isUndefined() && !principals.isObject())
        return makeError(QObject::tr("\"principals\" is not an object"));
    const QJsonObject map = principals.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            return makeError(QObject::tr("the principal for %1 is not a string").arg(it.key().left(100)));
        if (auto st = ApplicationStore::validatePrincipal(it.value().toString()); !st)
            return makeError(st.error());
        app.principals.insert(it.key(), it.value().toString());
    }
    return app;
}

WorkspaceRecord WorkspaceRecord::member(const QString &principal, WorkspaceRole role, const QString &enrolledBy, qint64 base)
{
    WorkspaceRecord r;
    r.kind = QStringLiteral("member");
    r.id = principal;
    r.at = QDateTime::currentDateTimeUtc();
    r.base = base;
    r.data = QJsonObject{{QStringLiteral("role"), workspaceRoleName(role)}, {QStringLiteral("enrolled_by"), enrolledBy}};
    return r;
}

Result<WorkspaceRecord::Member> WorkspaceRecord::toMember() const
{
    if (kind != QLatin1String("member"))
        return makeError(QObject::tr("not a member"));
    auto principal = WorkspaceLayout::principal(id);
    if (!principal || *principal != id)
        return makeError(QObject::tr("\"%1\" is not a member principal").arg(id.left(140)));
    Member m;
    m.principal = id;
    if (tombstone)
        return m;
    auto role = parseWorkspaceRole(data.value(QLatin1String("role")).toString());
    if (!role)
        return makeError(QObject::tr("a member's role is platform or developer"));
    m.role = *role;
    auto by = text(data, "enrolled_by", true, 256);
    if (!by)
        return makeError(by.error());
    m.enrolledBy = *by;
    return m;
}

} // namespace Switchboard
