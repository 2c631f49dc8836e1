#pragma once

// A combo box for the catalog's role setting (platform engineer or developer), for a settings
// dialog or a toolbar. Changing it writes RoleSetting (audited, on the QueryRunner's writer)
// and, once written, emits roleChanged, so the Requests and Channels views can refresh() and
// offer the new role's actions. The current role is read on the runner too: until it is in,
// the box is disabled.

#include "requests/Role.h"

#include <QComboBox>

namespace Switchboard {

class BusyWork;
class Database;
class QueryRunner;

class RoleSelector : public QComboBox {
    Q_OBJECT
public:
    explicit RoleSelector(Database &catalog, QWidget *parent = nullptr);
    // Sharing the main window's query workers (nullptr: the selector has its own).
    RoleSelector(Database &catalog, QueryRunner *runner, QWidget *parent = nullptr);

    Role role() const;
    void setRole(Role role);
    bool isLoaded() const { return m_loaded; }

signals:
    void roleChanged(Switchboard::Role role);

private:
    BusyWork *m_work = nullptr;
    bool m_loaded = false;
};

} // namespace Switchboard
