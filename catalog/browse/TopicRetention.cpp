#include "browse/TopicRetention.h"

#include "store/Database.h"

#include <QStringList>

namespace Switchboard {

Result<QHash<qint64, qint64>> TopicRetention::forTopics(const QList<qint64> &topicIds) const
{
    QHash<qint64, qint64> out;
    if (topicIds.isEmpty())
        return out;
    // One statement for the whole page; ids are integers we produced, bound as parameters.
    QStringList marks;
    marks.reserve(topicIds.size());
    for (int i = 0; i < topicIds.size(); ++i)
        marks << QStringLiteral("?");
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT t.id, coalesce(tc.value, d.value) FROM topics t "
        "LEFT JOIN topic_configs tc ON tc.topic_id = t.id AND tc.name = 'retention.ms' "
        "LEFT JOIN cluster_topic_defaults d ON d.cluster_id = t.cluster_id AND d.name = 'retention.ms' "
        "WHERE t.id IN (%1)").arg(marks.join(QLatin1Char(','))));
    if (!stmt)
        return makeError(stmt.error());
    for (int i = 0; i < topicIds.size(); ++i)
        stmt->bind(i + 1, topicIds.at(i));
    while (true) {
        auto row = stmt->next();
        if (!row)
            return makeError(row.error());
        if (!*row)
            break;
        if (stmt->isNull(1))
            continue;
        bool ok = false;
        const qint64 ms = stmt->text(1).toLongLong(&ok);
        if (ok)
            out.insert(stmt->integer(0), ms);
    }
    return out;
}

} // namespace Switchboard
