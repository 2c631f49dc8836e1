#include "widgets/ColumnChooser.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace Switchboard {

ColumnChooser::ColumnChooser(QHeaderView *header, const QString &settingsKey)
    : QObject(header), m_header(header), m_key(settingsKey), m_menu(new QMenu(tr("&Columns"), header))
{
    m_menu->setObjectName(QStringLiteral("columnMenu"));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &at) { m_menu->popup(m_header->viewport()->mapToGlobal(at)); });
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::fillMenu);
    if (!m_key.isEmpty()) {
        const QSettings settings;
        const QByteArray state = settings.value(m_key).toByteArray();
        if (!state.isEmpty() && header->restoreState(state))
            m_chosen = true;
        connect(header, &QHeaderView::sectionMoved, this, &ColumnChooser::save);
    }
}

void ColumnChooser::fillMenu()
{
    // The model's headers may have changed (a language switch): built when it opens.
    m_menu->clear();
    const QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    for (int logical = 1; logical < model->columnCount(); ++logical) {
        const QString title = model->headerData(logical, m_header->orientation(), Qt::DisplayRole).toString();
        QAction *action = m_menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        connect(action, &QAction::toggled, this, [this, logical](bool shown) {
            m_header->setSectionHidden(logical, !shown);
            if (shown && m_header->sectionSize(logical) < 40)
                m_header->resizeSection(logical, m_header->defaultSectionSize());
            m_chosen = true;
            save();
            emit columnsChanged();
        });
    }
    m_menu->addSeparator();
    QAction *all = m_menu->addAction(tr("Show &all columns"));
    connect(all, &QAction::triggered, this, [this] {
        for (int logical = 0; logical < m_header->count(); ++logical)
            m_header->setSectionHidden(logical, false);
        m_chosen = true;
        save();
        emit columnsChanged();
    });
}

void ColumnChooser::save() const
{
    if (m_key.isEmpty())
        return;
    QSettings settings;
    settings.setValue(m_key, m_header->saveState());
}

} // namespace Switchboard
