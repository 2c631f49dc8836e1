#pragma once

// Picks what to export client configuration for: an application, one of the channels it has a
// grant on, and a profile (filtered to the grant's role). The snippet itself is shown by
// SnippetDialog; this only builds its SnippetRequest. The applications, grants and profiles are
// read once, on the QueryRunner; the choices fill in when they are in.

#include "profiles/Profile.h"
#include "routing/RoutingModel.h"
#include "snippets/SnippetBuilder.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Switchboard {

class QueryRunner;

class ExportConfigDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportConfigDialog(QueryRunner *runner, QWidget *parent = nullptr);

    SnippetRequest request() const;
    // False when the catalog has no application with a grant (the dialog says so), and until
    // the choices are read.
    bool hasChoices() const;
    bool isLoaded() const { return m_loaded; }

signals:
    void loaded();

private:
    void reloadChannels();
    void reloadProfiles();

    RoutingModel m_model;
    QList<Profile> m_profiles;
    bool m_loaded = false;
    QComboBox *m_application = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Switchboard
