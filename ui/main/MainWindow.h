#pragma once

// The main window routes; the views work. A navigation bar on the left switches between the
// views (Catalog first; channels, requests, applications, profiles, routing come from the other features
// through addNavigationView()). The window holds the actions and menus (which call into the
// views), the settings, the vault, the layout, an inline message bar above the pages and, in
// the status bar, the strip that shows running crawls with Cancel.

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace Switchboard {

class ApplicationsView;
class CatalogView;
class ChannelsView;
class CrawlStrip;
class Database;
class MessageBar;
class QueryRunner;
class ProfilesView;
class RequestsView;
class RoutersView;
class Vault;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &catalog() const { return *m_catalog; }
    Vault &vault() const { return *m_vault; }
    QueryRunner *queryRunner() const { return m_runner; }
    // The views (tests and the benchmark drive them).
    CatalogView *catalogView() const { return m_catalogView; }
    ChannelsView *channelsView() const { return m_channels; }
    RequestsView *requestsView() const { return m_requests; }
    ApplicationsView *applicationsView() const { return m_applications; }
    RoutersView *routersView() const { return m_routers; }
    // The navigation's views in order, by key (tests walk them all: views added later included).
    QStringList navigationKeys() const { return m_pageKeys; }
    QWidget *navigationView(const QString &key) const;
    MessageBar *messageBar() const { return m_messageBar; }

    // Adds a view to the navigation bar (key: a stable id such as "requests"). Returns its
    // index; Ctrl+<n> switches to the n-th view.
    int addNavigationView(const QString &key, const QIcon &icon, const QString &title, QWidget *view);
    // A number beside the view's title (e.g. pending requests); 0 hides it.
    void setNavigationBadge(const QString &key, int count);
    void showNavigationView(const QString &key);

    void showSettings();
    void showAbout();
    // The catalog's vault: unlock (creates it on first use) and lock; export client configuration.
    void unlockVault();
    void lockVault();
    void exportClientConfig();
    // Opens the demo (mock cluster, team, routing service): `switchboard --demo`, File menu.
    void openDemo();

Q_SIGNALS:
    // The vault was unlocked in this window (the demo's routing part waits for it).
    void vaultUnlocked();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void connectDemo();
    void updateActions();
    void restoreLayout();
    void saveLayout();
    void applyAutoCrawl();
    // The team workspace's line in the status bar (docs/workspace.md), from the replica's tables.
    void refreshWorkspaceStatus();

    std::unique_ptr<Database> m_catalog;
    std::unique_ptr<Vault> m_vault;   // after m_catalog: it refers to the catalog
    QAction *m_unlockAction = nullptr;
    QAction *m_lockAction = nullptr;
    QueryRunner *m_runner = nullptr;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_pageKeys;
    QStringList m_pageTitles;

    MessageBar *m_messageBar = nullptr;
    CatalogView *m_catalogView = nullptr;
    CrawlStrip *m_crawlStrip = nullptr;
    QLabel *m_workspaceStatus = nullptr;
    QTimer *m_autoCrawl = nullptr;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_crawlAction = nullptr;
    QAction *m_crawlAllAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_requestAccessAction = nullptr;
    ChannelsView *m_channels = nullptr;
    RequestsView *m_requests = nullptr;
    ApplicationsView *m_applications = nullptr;
    RoutersView *m_routers = nullptr;
    ProfilesView *m_profiles = nullptr;
};

} // namespace Switchboard
