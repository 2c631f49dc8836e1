#pragma once

// The Requests view: every access request with its state, filtered by state; a developer files
// requests ("Request access…") and withdraws their own pending ones; a platform engineer
// approves (optionally creating the proposed topic and provisioning ACLs, off the GUI thread)
// or declines with a reason. The selected request's justification, proposal and decision show
// below the table. pendingCountChanged() feeds the navigation badge.
//
// The role comes from the catalog's settings (RoleSetting); call refresh() after changing it.

#include "requests/ApprovalService.h"
#include "requests/RequestStore.h"
#include "requests/Role.h"
#include "widgets/MessageBar.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Switchboard {

class BusyWork;
class Database;
class DecisionDialog;
class MessageBar;
class QueryRunner;
class RequestAccessDialog;
class RequestTableModel;

class RequestsView : public QWidget {
    Q_OBJECT
public:
    explicit RequestsView(Database &catalog, QWidget *parent = nullptr);
    // Sharing the main window's query workers (without, or with nullptr: the view has its own).
    RequestsView(Database &catalog, QueryRunner *runner, QWidget *parent = nullptr);

    int pendingCount() const { return m_pendingCount; }
    Role role() const { return m_role; }

    // Shows only requests in that state (nullopt: all).
    void setStateFilter(std::optional<RequestState> state);

    // The dialogs are window-modal and open without a nested event loop; the returned pointer
    // lets a caller (or a test) fill them in.
    RequestAccessDialog *requestAccess();
    RequestAccessDialog *requestAccessForTopic(const QString &cluster, const QString &topic);
    RequestAccessDialog *requestAccessForChannel(const QString &uri);
    DecisionDialog *approveSelected();
    DecisionDialog *declineSelected();
    void withdrawSelected();
    bool selectRequest(const QString &uuid);
    bool isBusy() const { return m_busy; }

    RequestTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    MessageBar *messageBar() const { return m_messageBar; }
    QLabel *detailLabel() const { return m_detail; }

public slots:
    // Reads the role and the requests on the runner; a later refresh's answer wins.
    void refresh();

signals:
    void refreshed();   // a refresh's answer is shown
    void pendingCountChanged(int count);
    // A request was filed, approved, declined or withdrawn: grants and bindings may have changed.
    void requestsChanged();
    // After an approval the user took the offer to push the new state to the routing services.
    void pushRequested();

private:
    void showListing(Role role, const QList<AccessRequest> &requests);
    std::optional<AccessRequest> selected() const;
    void updateActions();
    void showDetail();
    void runApproval(const QString &uuid, const ApproveOptions &options);
    void offerPush(const QString &approvedText, MessageBar::Type type);

    Database &m_catalog;
    BusyWork *m_work = nullptr;   // approvals (they talk to the cluster), on the runner's writer
    Role m_role = Role::PlatformEngineer;
    bool m_loaded = false;   // no role's actions before the first refresh says which role
    quint64 m_generation = 0;
    QString m_selectAfterRefresh;   // the uuid of a request just filed
    int m_pendingCount = -1;
    bool m_busy = false;
    bool m_pushOffered = false;   // the message bar's action pushes
    MessageBar *m_messageBar = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QPushButton *m_request = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;
    RequestTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace Switchboard
