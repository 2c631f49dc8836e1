#pragma once

// Picks what to export client configuration for: an application, one of the channels it has a
// grant on, and a profile (filtered to the grant's role). The snippet itself is shown by
// SnippetDialog; this only builds its SnippetRequest.

#include "snippets/SnippetBuilder.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Switchboard {

class Database;

class ExportConfigDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportConfigDialog(Database &catalog, QWidget *parent = nullptr);

    SnippetRequest request() const;
    // False when the catalog has no application with a grant (the dialog says so).
    bool hasChoices() const;

private:
    void reloadChannels();
    void reloadProfiles();

    Database &m_db;
    QComboBox *m_application = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Switchboard
