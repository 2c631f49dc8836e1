#pragma once

// Runs crawls for the window: one cluster or several, off the GUI thread (the crawler's own
// worker threads), reporting progress as phase and counts, cancellable, and reporting each
// cluster's outcome back on the GUI thread. Only one batch runs at a time.

#include "crawl/CrawlTypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>


namespace Switchboard {

struct Cluster;
class Crawler;

class CrawlController : public QObject {
    Q_OBJECT
public:
    explicit CrawlController(QString catalogPath, QObject *parent = nullptr);
    ~CrawlController() override;

    bool isRunning() const { return m_running > 0; }
    // Bound for an unreachable cluster (the crawler fails within it).
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }

    // Starts crawling the clusters (concurrently); ignored while a batch runs.
    bool crawl(const QList<Cluster> &clusters);
    void cancel();

signals:
    // cancel() was asked for (the crawl ends with a "cancelled" outcome soon after).
    void cancelRequested();
    void started(qint64 clusterId);
    // text: e.g. "demo: reading watermarks (12 of 39)"; value/maximum for a progress bar.
    void progressChanged(const QString &text, int value, int maximum);
    void clusterFinished(const Switchboard::CrawlOutcome &outcome);   // what the window shows of it
    void allFinished();

private:
    QString m_path;
    Crawler *m_crawler = nullptr;
    int m_connectTimeoutMs = 10000;
    int m_running = 0;
};

} // namespace Switchboard
