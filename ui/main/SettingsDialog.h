#pragma once

// Preferences: the user's role, the language, automatic crawling and the colour scheme.

#include "requests/Role.h"

#include <QDialog>

class QComboBox;
class QRadioButton;
class QSpinBox;

namespace Switchboard {

class QueryRunner;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // runner: reads the role every view follows (RoleSetting) from the catalog; may be null.
    explicit SettingsDialog(QueryRunner *runner, QWidget *parent = nullptr);
    // Stores the choices (AppSettings) and applies what can be applied at once. The catalog's
    // role is the owner's to write (roleChosen): it outlives the dialog, and the views it
    // refreshes must read the role after it is written.
    void save();

signals:
    void roleChosen(Switchboard::Role role);

private:
    bool m_roleTouched = false;   // the user chose before the catalog's answer came
    QRadioButton *m_platform = nullptr;
    QRadioButton *m_developer = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_autoCrawl = nullptr;
    QComboBox *m_scheme = nullptr;
};

} // namespace Switchboard
