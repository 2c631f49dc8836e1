#include "profiles/ProfileListModel.h"

namespace Switchboard {

ProfileListModel::ProfileListModel(QObject *parent) : QAbstractListModel(parent) {}

void ProfileListModel::setProfiles(QList<Profile> profiles)
{
    beginResetModel();
    m_profiles = std::move(profiles);
    endResetModel();
}

const Profile *ProfileListModel::profileAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? &m_profiles.at(row) : nullptr;
}

int ProfileListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile &p = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.builtin ? tr("%1  (%2, built-in)").arg(p.name, p.roleName()) : tr("%1  (%2, v%3)").arg(p.name, p.roleName()).arg(p.version);
    case Qt::ToolTipRole:
        return p.description;
    case ProfileNameRole:
        return p.name;
    case BuiltinRole:
        return p.builtin;
    case RoleNameRole:
        return p.roleName();
    default:
        return {};
    }
}

} // namespace Switchboard
