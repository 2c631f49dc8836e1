#include "audit/AuditLog.h"

#include "store/Database.h"
#include "store/StoreSupport.h"

#include <QJsonDocument>

namespace Switchboard {

QString AuditLog::currentActor()
{
    for (const char *var : {"SWITCHBOARD_USER", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(var);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

Status AuditLog::record(const QString &action, const QString &subject, const QJsonObject &detail,
                        const QString &actor) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log(at, actor, action, subject, detail) VALUES(?, ?, ?, ?, ?)"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, Internal::nowUtc())
        .bind(2, actor)
        .bind(3, action)
        .bind(4, subject)
        .bind(5, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return stmt->run();
}

Result<QList<AuditEntry>> AuditLog::entries(const QString &subject, int limit) const
{
    auto stmt = m_db.prepare(subject.isEmpty()
        ? QStringLiteral("SELECT id, at, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT ?1")
        : QStringLiteral("SELECT id, at, actor, action, subject, detail FROM audit_log WHERE subject = ?2 "
                         "ORDER BY id DESC LIMIT ?1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, limit);
    if (!subject.isEmpty())
        stmt->bind(2, subject);
    QList<AuditEntry> out;
    if (auto st = Internal::forEachRow(*stmt, [&](const Statement &s) {
            out.append(AuditEntry{s.integer(0), Internal::parseTime(s.text(1)),
                                  s.text(2), s.text(3), s.text(4),
                                  QJsonDocument::fromJson(s.text(5).toUtf8()).object()});
        });
        !st)
        return st;
    return out;
}

} // namespace Switchboard
