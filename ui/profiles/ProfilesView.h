#pragma once

// Config profiles for platform engineers: the list (built-ins and custom), and an editor that
// shows each property with its reason and, live, what the validator says about it (librdkafka
// errors, Java-only and wrong-role warnings). Built-ins are read-only and can be copied. Saving
// a custom profile records a new version (who, when, diff), shown under History.
// Self-contained: MainWindow only needs to place it. The list, the history and every change
// go through the QueryRunner (changes on its writer); the view shows the answers as they come.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace Switchboard {

class BusyWork;
class Database;
class ProfileListModel;
class QueryRunner;
struct Profile;

class ProfilesView : public QWidget {
    Q_OBJECT
public:
    explicit ProfilesView(Database &catalog, QWidget *parent = nullptr);
    // Sharing the main window's query workers (nullptr: the view has its own).
    ProfilesView(Database &catalog, QueryRunner *runner, QWidget *parent = nullptr);

    ProfileListModel *model() const { return m_model; }
    void reload();   // reads the list on the runner; reloaded() when it is shown
    bool isBusy() const;
    bool selectProfile(const QString &name);
    QString message() const;   // what the inline message bar says

    // The editor's content as a profile (as it would be saved).
    Profile editedProfile() const;

Q_SIGNALS:
    void profileSaved(const QString &name);
    void reloaded();

private:
    void showProfile(const Profile &profile);
    void revalidate();
    void addPropertyRow(const QString &name, const QString &value, const QString &reason);
    void setMessage(const QString &text, bool error);
    void newProfile();
    void copyProfile();
    void saveProfile();
    void removeProfile();
    void reloadAndSelect(const QString &name);

    BusyWork *m_work = nullptr;
    QString m_selectAfterReload;
    quint64 m_reloadGeneration = 0;
    ProfileListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QTableWidget *m_properties = nullptr;
    QLabel *m_issues = nullptr;
    QTextBrowser *m_history = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_addRow = nullptr;
    QPushButton *m_removeRow = nullptr;
    bool m_builtin = false;
    bool m_isNew = false;
    bool m_filling = false;
};

} // namespace Switchboard
