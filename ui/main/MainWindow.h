#pragma once

// The main window: clusters in a sidebar, the catalog in the middle.

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;

namespace Switchboard {

class Database;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &catalog() const { return *m_catalog; }

private:
    void reloadClusters();

    std::unique_ptr<Database> m_catalog;
    QListWidget *m_clusterList = nullptr;
    QLabel *m_emptyState = nullptr;
};

} // namespace Switchboard
