#pragma once

// The profiles (built-in first, then custom) as a list: name, role and kind; the profile itself
// under ProfileRoleData.

#include "profiles/Profile.h"

#include <QAbstractListModel>
#include <QList>

namespace Switchboard {

class ProfileListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { ProfileNameRole = Qt::UserRole + 1, BuiltinRole, RoleNameRole };
    explicit ProfileListModel(QObject *parent = nullptr);

    void setProfiles(QList<Profile> profiles);
    const Profile *profileAt(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Profile> m_profiles;
};

} // namespace Switchboard
