#pragma once

// Lets people pick a table's columns: a context menu on the header with a checkable entry per
// column (the first, which names the row, always stays) and "Show all columns". The same
// actions can go into a window menu, so the choice is reachable from the keyboard too.
// With a settings key, the header's state (hidden, moved and sized columns) is restored at
// once and saved whenever a column is shown, hidden or moved; without one, the owner saves it
// (the catalog's topic table goes with the window's layout).

#include <QObject>
#include <QString>

class QAction;
class QHeaderView;
class QMenu;

namespace Switchboard {

class ColumnChooser : public QObject {
    Q_OBJECT
public:
    ColumnChooser(QHeaderView *header, const QString &settingsKey = {});

    // The menu the header shows (filled when it opens): add it to a window menu as well.
    QMenu *menu() const { return m_menu; }
    // Whether the user chose the columns themselves (then defaults no longer apply).
    bool isChosen() const { return m_chosen; }
    void setChosen(bool chosen) { m_chosen = chosen; }

Q_SIGNALS:
    void columnsChanged();

private:
    void fillMenu();
    void save() const;

    QHeaderView *m_header;
    QString m_key;
    QMenu *m_menu;
    bool m_chosen = false;
};

} // namespace Switchboard
