#pragma once

// The crawl strip at the foot of the window: the running crawl's phase and counts, a bar, and
// Cancel. It follows a CrawlController: shown when a crawl starts, hidden when all are done.

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Switchboard {

class CrawlController;

class CrawlStrip : public QWidget {
    Q_OBJECT
public:
    explicit CrawlStrip(CrawlController *crawler, QWidget *parent = nullptr);

private:
    CrawlController *m_crawler;
    QLabel *m_text = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Switchboard
