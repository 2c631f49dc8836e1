#pragma once

// The Channels view: where channels lead (bindings per environment, with bind, rebind and
// unbind), the pattern rules, the grants (revoke, provision ACLs), the dry-run resolver and
// the ACL drift report. A platform engineer sees the editing actions; a developer sees the
// lists, the resolver and "Request access…". Cluster work (ACLs, drift) runs off the GUI
// thread on its own catalog connection.
//
// refresh() reads the lists (bindings, rules, grants, clusters, the routing model, the role)
// on a QueryRunner's worker (the main window's, or the view's own) and shows them when they
// come back; a listing of an earlier refresh is dropped. Until the first listing the view says
// it is loading and offers no editing actions; afterwards it shows the previous lists meanwhile.

#include "requests/Role.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Switchboard {

class BusyWork;
class Database;
class MessageBar;
class QueryRunner;
class RecordTableModel;
class RequestAccessDialog;

class ChannelsView : public QWidget {
    Q_OBJECT
public:
    explicit ChannelsView(Database &catalog, QWidget *parent = nullptr);
    // Sharing the main window's query workers (without, or with nullptr: the view has its own).
    ChannelsView(Database &catalog, QueryRunner *runner, QWidget *parent = nullptr);
    ~ChannelsView() override;

    Role role() const { return m_role; }

    // The dry run: fills the resolver form and answers in resolverResult().
    void resolve(const QString &application, const QString &channel, const QString &intent,
                 const QString &environment = {}, const QString &group = {});
    // Opens "Request access" for the selected channel (or an empty form).
    RequestAccessDialog *requestAccess();
    // Cluster work in flight (revoke, provision, drift).
    bool isBusy() const { return m_busy; }

    QTabWidget *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_messageBar; }
    RecordTableModel *bindingModel() const { return m_bindings; }
    RecordTableModel *ruleModel() const { return m_rules; }
    RecordTableModel *grantModel() const { return m_grants; }
    RecordTableModel *driftModel() const { return m_drift; }
    QTableView *bindingTable() const { return m_bindingTable; }
    QTableView *grantTable() const { return m_grantTable; }
    QLabel *resolverResult() const { return m_resolveResult; }
    QPushButton *resolveButton() const { return m_resolveButton; }
    QComboBox *resolverApplication() const { return m_resolveApp; }
    QLineEdit *resolverChannel() const { return m_resolveChannel; }
    QComboBox *resolverIntent() const { return m_resolveIntent; }

public slots:
    // Reads the lists again off the GUI thread; a listing started earlier is dropped.
    void refresh();
    void runDrift(bool crawled = false);

signals:
    // A request was filed from here; the Requests view should refresh.
    void requestsChanged();
    // The lists show the listing of the latest refresh() (not emitted for a dropped one, nor
    // for a failed one).
    void refreshed();

private:
    struct Listing;
    void showListing(const Listing &listing);
    QWidget *createBindingsTab();
    QWidget *createRulesTab();
    QWidget *createGrantsTab();
    QWidget *createResolverTab();
    QWidget *createDriftTab();
    void bind(bool rebind);
    void unbind();
    void addRule();
    void removeRule();
    void revokeGrant();
    void provisionGrant();
    void runResolver();
    void applyRole();
    QVariant selectedKey(QTableView *table) const;
    template<typename Job, typename Done>
    void runInBackground(const QString &busyText, Job job, Done done);

    Database &m_catalog;
    QueryRunner *m_runner = nullptr;
    BusyWork *m_work = nullptr;   // cluster work and edits, on the runner's writer
    quint64 m_generation = 0;   // of the latest refresh(): older listings are dropped
    quint64 m_resolveGeneration = 0;   // of the latest dry run: an older answer is dropped
    bool m_loaded = false;      // a listing arrived (the role is known)
    Role m_role = Role::PlatformEngineer;
    bool m_busy = false;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_roleLabel = nullptr;
    QTabWidget *m_tabs = nullptr;

    RecordTableModel *m_bindings = nullptr;
    QTableView *m_bindingTable = nullptr;
    QWidget *m_bindForm = nullptr;
    QLineEdit *m_bindChannel = nullptr;
    QLineEdit *m_bindEnv = nullptr;
    QComboBox *m_bindCluster = nullptr;
    QLineEdit *m_bindTopic = nullptr;
    QCheckBox *m_bindForce = nullptr;
    QPushButton *m_requestButton = nullptr;

    RecordTableModel *m_rules = nullptr;
    QTableView *m_ruleTable = nullptr;
    QWidget *m_ruleForm = nullptr;
    QLineEdit *m_ruleEnv = nullptr;
    QLineEdit *m_ruleHost = nullptr;
    QLineEdit *m_rulePath = nullptr;
    QLineEdit *m_ruleTemplate = nullptr;
    QComboBox *m_ruleCluster = nullptr;
    QPushButton *m_ruleRemove = nullptr;

    RecordTableModel *m_grants = nullptr;
    QTableView *m_grantTable = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_provision = nullptr;

    QComboBox *m_resolveApp = nullptr;
    QLineEdit *m_resolveChannel = nullptr;
    QLineEdit *m_resolveEnv = nullptr;
    QComboBox *m_resolveIntent = nullptr;
    QLineEdit *m_resolveGroup = nullptr;
    QPushButton *m_resolveButton = nullptr;
    QLabel *m_resolveResult = nullptr;

    RecordTableModel *m_drift = nullptr;
    QComboBox *m_driftCluster = nullptr;
    QPushButton *m_driftLive = nullptr;
    QPushButton *m_driftCrawled = nullptr;
    QLabel *m_driftSummary = nullptr;
};

} // namespace Switchboard
