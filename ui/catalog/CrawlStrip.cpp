#include "catalog/CrawlStrip.h"

#include "main/CrawlController.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Switchboard {

CrawlStrip::CrawlStrip(CrawlController *crawler, QWidget *parent) : QWidget(parent), m_crawler(crawler)
{
    setObjectName(QStringLiteral("crawlProgress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("crawlProgressText"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("crawlProgressBar"));
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    m_cancel = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCrawl"));
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QPushButton::clicked, m_crawler, &CrawlController::cancel);
    connect(m_crawler, &CrawlController::cancelRequested, this, [this] { m_text->setText(tr("Cancelling…")); });
    connect(m_crawler, &CrawlController::started, this, [this] {
        show();
        m_text->setText(tr("Connecting…"));
        m_bar->setRange(0, 0);
    });
    connect(m_crawler, &CrawlController::progressChanged, this, [this](const QString &text, int value, int maximum) {
        m_text->setText(text);
        m_bar->setRange(0, maximum);
        m_bar->setValue(value);
    });
    connect(m_crawler, &CrawlController::allFinished, this, &QWidget::hide);
}

} // namespace Switchboard
