#pragma once

// The Applications view: the client applications the platform vends access to. A list of the
// registered applications (register, edit, remove) and, for the selected one: its grants and
// requests, its Kafka credentials per cluster (set, rotate with a grace period, revoke; a value
// leaves the vault only through "Reveal…"), its routing tokens (issue: shown once, copied as a
// secret; revoke) and "Try the lookup". Everything goes through the same catalog/ stores as
// `switchboard-cli app|credential|token`; every read and write runs on the QueryRunner, and
// work with secrets unlocks a vault of its own on the worker with the window's data key.
//
// The role (RoleSetting) decides what is offered: a platform engineer registers applications
// and vends credentials and tokens; a developer sees them, requests access and exports snippets.

#include "requests/Role.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Switchboard {

class BusyWork;
class CredentialDialog;
class Database;
class LookupPanel;
class MessageBar;
class QueryRunner;
class RecordTableModel;
class TokenDialog;
class ApplicationDialog;
class Vault;

class ApplicationsView : public QWidget {
    Q_OBJECT
public:
    ApplicationsView(Database &catalog, Vault &vault, QueryRunner *runner, QWidget *parent = nullptr);
    ~ApplicationsView() override;

    QString selectedApplication() const;
    bool selectApplication(const QString &name);
    bool isLoaded() const { return m_loaded; }
    Role role() const { return m_role; }

    // The dialogs open window-modal without a nested event loop; the pointer lets a test fill them in.
    ApplicationDialog *registerApplication();
    ApplicationDialog *editSelected();
    void removeSelected();
    CredentialDialog *setCredential();
    CredentialDialog *rotateCredential();
    // One version (the selected one), or every version on its cluster.
    void revokeCredential(bool everyVersion = false);
    void revealCredential();
    TokenDialog *issueToken();
    // The selected token, or every token of the application.
    void revokeToken(bool everyToken = false);
    void exportSnippet();

    MessageBar *messageBar() const { return m_messageBar; }
    QTableView *applicationTable() const { return m_appTable; }
    QTableView *credentialTable() const { return m_credentialTable; }
    QTableView *tokenTable() const { return m_tokenTable; }
    QTableView *grantTable() const { return m_grantTable; }
    QTableView *requestTable() const { return m_requestTable; }
    QTabWidget *tabs() const { return m_tabs; }
    LookupPanel *lookupPanel() const { return m_lookup; }

public slots:
    void refresh();

signals:
    // Applications, credentials or tokens changed (other views list applications).
    void applicationsChanged();
    // "Request access…" for this application.
    void requestAccessFor(const QString &application);
    // The listing of the latest refresh() is shown.
    void refreshed();

private:
    struct Listing;
    void showListing(const Listing &listing);
    void showSelected();
    void applyRole();
    void updateActions();
    // Runs then(dataKey) once the window's vault is unlocked (asking without a nested loop).
    void withDataKey(const QString &why, std::function<void(const QByteArray &)> then);
    QVariant selectedKey(QTableView *table, RecordTableModel *model) const;
    // Asks (window-modal, no nested loop; Cancel is the default) and runs then on Yes.
    void confirm(const QString &title, const QString &text, const QString &okText, std::function<void()> then);
    void finishWrite(const QString &failurePrefix, const QString &error, const QString &success);

    Database &m_catalog;
    Vault &m_vault;
    QueryRunner *m_runner;
    BusyWork *m_work = nullptr;
    std::unique_ptr<Listing> m_listing;
    quint64 m_generation = 0;
    bool m_loaded = false;
    Role m_role = Role::PlatformEngineer;

    MessageBar *m_messageBar = nullptr;
    QLabel *m_roleLabel = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_request = nullptr;
    QPushButton *m_snippet = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableView *m_appTable = nullptr;
    RecordTableModel *m_apps = nullptr;
    QLabel *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_grantTable = nullptr;
    RecordTableModel *m_grants = nullptr;
    QTableView *m_requestTable = nullptr;
    RecordTableModel *m_requests = nullptr;
    QTableView *m_credentialTable = nullptr;
    RecordTableModel *m_credentials = nullptr;
    QPushButton *m_setCredential = nullptr;
    QPushButton *m_rotateCredential = nullptr;
    QPushButton *m_revokeCredential = nullptr;
    QPushButton *m_revokeAllCredentials = nullptr;
    QPushButton *m_revealCredential = nullptr;
    QTableView *m_tokenTable = nullptr;
    RecordTableModel *m_tokens = nullptr;
    QPushButton *m_issueToken = nullptr;
    QPushButton *m_revokeToken = nullptr;
    QPushButton *m_revokeAllTokens = nullptr;
    LookupPanel *m_lookup = nullptr;
};

} // namespace Switchboard
