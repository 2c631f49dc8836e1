#pragma once

// The routing services the portal pushes its bundle to: per service the version it holds,
// since when, whether the catalog changed since (stale), and the last push error; a Push button
// for all or the selected services. Self-contained (the gui helper wires it into MainWindow).
//
// Listing the services with the catalog's state hash (a catalog query), compiling and signing
// run on worker threads with their own catalog connections; the network part is asynchronous
// (BundlePusher); results come back to this view only while it exists. Until the first listing
// arrives the view says it is loading; afterwards it shows the previous listing meanwhile.
// The "Push automatically" checkbox switches the catalog's auto-push setting; while it is on,
// the view's AutoPushController pushes after every change and its state shows under the list.

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Switchboard {

class AutoPushController;
struct RoutingService;
class BundlePusher;
class Database;
class MessageBar;
class QueryRunner;
class Vault;

class RoutersView : public QWidget {
    Q_OBJECT
public:
    // With its own vault (unlocked on demand), or sharing the main window's: then unlocking it
    // there also releases an automatic push that waits for the vault.
    explicit RoutersView(Database &catalog, QWidget *parent = nullptr);
    RoutersView(Database &catalog, Vault &vault, QWidget *parent = nullptr);
    // Also sharing the main window's query workers (without: the view has its own).
    RoutersView(Database &catalog, Vault &vault, QueryRunner *runner, QWidget *parent = nullptr);
    ~RoutersView() override;

public Q_SLOTS:
    // Lists the services again off the GUI thread; a listing started earlier is dropped.
    void refresh();
    void pushAll();
    void pushSelected();

Q_SIGNALS:
    void pushFinished(int failures);
    // The list shows the listing of the latest refresh() (not emitted for a dropped one).
    void refreshed();

private:
    struct Listing;
    RoutersView(Database &catalog, Vault *shared, QueryRunner *runner, QWidget *parent);
    void showListing(const Listing &listing);
    void push(const QString &onlyService);
    void showAutoPushState();
    void editService(const std::optional<RoutingService> &service);

    Database &m_db;
    std::unique_ptr<Vault> m_ownVault;
    Vault *m_vault = nullptr;
    QueryRunner *m_runner = nullptr;
    quint64 m_generation = 0;   // of the latest refresh(): older listings are dropped
    bool m_loaded = false;
    AutoPushController *m_autoPush = nullptr;
    QCheckBox *m_autoPushBox = nullptr;
    QLabel *m_autoPushStatus = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_pushAll = nullptr;
    QPushButton *m_pushSelected = nullptr;
    MessageBar *m_messages = nullptr;
    BundlePusher *m_pusher = nullptr;
    bool m_busy = false;
};

} // namespace Switchboard
