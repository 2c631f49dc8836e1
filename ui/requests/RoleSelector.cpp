#include "requests/RoleSelector.h"

#include "main/BusyWork.h"
#include "main/QueryRunner.h"

namespace Switchboard {

RoleSelector::RoleSelector(Database &catalog, QWidget *parent) : RoleSelector(catalog, nullptr, parent) {}

RoleSelector::RoleSelector(Database &catalog, QueryRunner *runner, QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("roleSelector"));
    setToolTip(tr("What this desktop offers you. A setting, not a permission: enforcement between people comes with "
                  "the shared workspace."));
    for (Role r : {Role::PlatformEngineer, Role::Developer})
        addItem(RoleSetting::displayName(r), RoleSetting::name(r));
    // No message bar of its own: a failed read or write leaves the box as it was.
    m_work = new BusyWork(runner ? runner : new QueryRunner(catalog.path(), this), nullptr, this);
    setEnabled(false);
    m_work->read({}, [](const Database &db) { return Result<Role>(RoleSetting::current(db)); }, [this](const Result<Role> &role) {
        {
            const QSignalBlocker quiet(this);   // showing the stored role is no change
            if (role)
                setCurrentIndex(findData(RoleSetting::name(*role)));
        }
        m_loaded = true;
        setEnabled(true);
    });
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const Role r = role();
        // Written only if it differs from the stored one; roleChanged once it is written.
        m_work->write({}, [r](const Database &db) -> Result<bool> {
            if (r == RoleSetting::current(db))
                return false;
            if (auto st = RoleSetting::set(db, r); !st)
                return makeError(st.error());
            return true;
        }, [this, r](const Result<bool> &changed) {
            if (changed && *changed)
                emit roleChanged(r);
        });
    });
}

Role RoleSelector::role() const { return RoleSetting::parse(currentData().toString()).value_or(Role::PlatformEngineer); }

void RoleSelector::setRole(Role role) { setCurrentIndex(findData(RoleSetting::name(role))); }

} // namespace Switchboard
