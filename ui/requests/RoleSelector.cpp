#include "requests/RoleSelector.h"

namespace Switchboard {

RoleSelector::RoleSelector(Database &catalog, QWidget *parent) : QComboBox(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("roleSelector"));
    setToolTip(tr("What this desktop offers you. A setting, not a permission: enforcement between people comes with "
                  "the shared workspace."));
    for (Role r : {Role::PlatformEngineer, Role::Developer})
        addItem(RoleSetting::displayName(r), RoleSetting::name(r));
    setCurrentIndex(findData(RoleSetting::name(RoleSetting::current(catalog))));
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const Role r = role();
        if (r == RoleSetting::current(m_catalog))
            return;
        if (RoleSetting::set(m_catalog, r))
            emit roleChanged(r);
    });
}

Role RoleSelector::role() const { return RoleSetting::parse(currentData().toString()).value_or(Role::PlatformEngineer); }

void RoleSelector::setRole(Role role) { setCurrentIndex(findData(RoleSetting::name(role))); }

} // namespace Switchboard
