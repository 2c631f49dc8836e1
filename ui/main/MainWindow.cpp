#include "main/MainWindow.h"

#include "clusters/ClusterStore.h"
#include "core/Version.h"
#include "store/Database.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace Switchboard {

MainWindow::MainWindow(std::unique_ptr<Database> catalog, QWidget *parent)
    : QMainWindow(parent), m_catalog(std::move(catalog))
{
    setWindowTitle(tr("Switchboard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));
    resize(1200, 760);

    auto *splitter = new QSplitter(this);
    m_clusterList = new QListWidget(splitter);
    m_clusterList->setObjectName(QStringLiteral("clusterList"));
    m_emptyState = new QLabel(splitter);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Switchboard"), this, [this] {
        QMessageBox::about(this, tr("About Switchboard"),
                           tr("<h3>Switchboard %1</h3><p>A self-service catalog portal for Apache Kafka.</p>")
                               .arg(QString::fromLatin1(kVersion)));
    });

    statusBar()->showMessage(tr("Catalog: %1").arg(m_catalog->path()));
    reloadClusters();
}

MainWindow::~MainWindow() = default;

void MainWindow::reloadClusters()
{
    m_clusterList->clear();
    auto clusters = ClusterStore(*m_catalog).list();
    if (!clusters) {
        m_emptyState->setText(tr("Cannot read the catalog: %1").arg(clusters.error()));
        return;
    }
    for (const Cluster &c : *clusters)
        m_clusterList->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.environment));
    m_emptyState->setText(clusters->isEmpty()
                              ? tr("The catalog is empty. Register a cluster to crawl it.")
                              : tr("%n cluster(s) registered.", nullptr, int(clusters->size())));
}

} // namespace Switchboard
