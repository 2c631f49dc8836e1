#pragma once

// Preferences: the user's role, the language, automatic crawling and the colour scheme.

#include <QDialog>

class QComboBox;
class QRadioButton;
class QSpinBox;

namespace Switchboard {

class Database;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // catalog: where the role is kept for every view (RoleSetting); may be null.
    explicit SettingsDialog(const Database *catalog, QWidget *parent = nullptr);
    // Stores the choices (AppSettings) and applies what can be applied at once.
    void save();

private:
    const Database *m_catalog = nullptr;
    QRadioButton *m_platform = nullptr;
    QRadioButton *m_developer = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_autoCrawl = nullptr;
    QComboBox *m_scheme = nullptr;
};

} // namespace Switchboard
