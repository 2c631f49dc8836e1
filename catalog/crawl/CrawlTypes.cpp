#include "crawl/CrawlTypes.h"

#include <QObject>

namespace Switchboard {

QString crawlPhaseName(CrawlPhase phase)
{
    switch (phase) {
    case CrawlPhase::Connect: return QStringLiteral("connect");
    case CrawlPhase::Metadata: return QStringLiteral("metadata");
    case CrawlPhase::Configs: return QStringLiteral("configs");
    case CrawlPhase::Watermarks: return QStringLiteral("watermarks");
    case CrawlPhase::Groups: return QStringLiteral("groups");
    case CrawlPhase::Offsets: return QStringLiteral("offsets");
    case CrawlPhase::Acls: return QStringLiteral("acls");
    case CrawlPhase::Store: return QStringLiteral("store");
    case CrawlPhase::Done: return QStringLiteral("done");
    }
    return QString();
}

QString crawlPhaseLabel(CrawlPhase phase)
{
    switch (phase) {
    case CrawlPhase::Connect: return QObject::tr("Connecting");
    case CrawlPhase::Metadata: return QObject::tr("Reading topics and brokers");
    case CrawlPhase::Configs: return QObject::tr("Reading topic configurations");
    case CrawlPhase::Watermarks: return QObject::tr("Reading watermarks");
    case CrawlPhase::Groups: return QObject::tr("Reading consumer groups");
    case CrawlPhase::Offsets: return QObject::tr("Reading committed offsets");
    case CrawlPhase::Acls: return QObject::tr("Reading ACLs");
    case CrawlPhase::Store: return QObject::tr("Saving to the catalog");
    case CrawlPhase::Done: return QObject::tr("Done");
    }
    return QString();
}

bool crawlPhaseFromName(const QString &name, CrawlPhase *phase)
{
    for (int i = 0; i <= int(CrawlPhase::Done); ++i) {
        if (crawlPhaseName(CrawlPhase(i)) == name.trimmed().toLower()) {
            *phase = CrawlPhase(i);
            return true;
        }
    }
    return false;
}

QList<CrawlPhase> skippableCrawlPhases()
{
    return {CrawlPhase::Configs, CrawlPhase::Watermarks, CrawlPhase::Groups, CrawlPhase::Offsets, CrawlPhase::Acls};
}

QString CrawlOutcome::statusName() const
{
    switch (status) {
    case CrawlStatus::Ok: return QStringLiteral("ok");
    case CrawlStatus::Partial: return QStringLiteral("partial");
    case CrawlStatus::Failed: return QStringLiteral("failed");
    case CrawlStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

} // namespace Switchboard
