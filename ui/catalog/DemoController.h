#pragma once

// The demo cluster's lifecycle for the catalog page: starts the in-process mock off the GUI
// thread, registers it in the catalog (a new port at every start), and after each of its
// crawls records its consumer groups (which the mock cannot list) and, once, its suggested
// curation. The mock lives as long as this object.

#include <QObject>
#include <QString>

#include <memory>

namespace Switchboard {

class Database;
class DemoCluster;
class QueryRunner;

class DemoController : public QObject {
    Q_OBJECT
public:
    explicit DemoController(QueryRunner *runner, QObject *parent = nullptr);
    ~DemoController() override;

    bool isRunning() const { return m_demo != nullptr; }
    bool isStarting() const { return m_starting; }
    QString bootstrapServers() const;

    // Starts the mock unless it runs and registers it; then ready(), and crawlRequested() when
    // crawl is true (also when it ran already).
    void open(bool crawl = true);
    // A catalog that has the demo cluster gets a new mock at every start (not crawled).
    void resumeIfRegistered();
    // After a successful crawl of the demo cluster.
    void recordAfterCrawl(qint64 clusterId);

signals:
    void starting();
    void startFailed(const QString &error);
    void registerFailed(const QString &error);
    void ready(qint64 clusterId);
    void crawlRequested(qint64 clusterId);
    // Its consumer groups are recorded (and, once, its suggested curation: curationApplied).
    void groupsRecorded(bool curationApplied);
    void groupsFailed(const QString &error);

private:
    void start();

    QueryRunner *m_runner;
    std::shared_ptr<DemoCluster> m_demo;
    bool m_starting = false;
    bool m_crawlWhenReady = false;
};

} // namespace Switchboard
