#pragma once

// A combo box for the catalog's role setting (platform engineer or developer), for a settings
// dialog or a toolbar. Changing it writes RoleSetting (audited) and emits roleChanged, so the
// Requests and Channels views can refresh() and offer the new role's actions.

#include "requests/Role.h"

#include <QComboBox>

namespace Switchboard {

class Database;

class RoleSelector : public QComboBox {
    Q_OBJECT
public:
    explicit RoleSelector(Database &catalog, QWidget *parent = nullptr);

    Role role() const;
    void setRole(Role role);

signals:
    void roleChanged(Switchboard::Role role);

private:
    Database &m_catalog;
};

} // namespace Switchboard
