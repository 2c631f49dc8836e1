#pragma once

// Registers or edits a client application: name (fixed once registered), owner team,
// description and its Kafka principal on each cluster (an empty principal clears it). The
// dialog only collects and checks the input (ApplicationStore's own rules, as you type); the
// Applications view writes it off the GUI thread.

#include "clusters/Cluster.h"
#include "routing/RoutingModel.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace Switchboard {

class ApplicationDialog : public QDialog {
    Q_OBJECT
public:
    // existing: edit it (the name is fixed); nullopt: register a new one.
    ApplicationDialog(const QList<Cluster> &clusters, const std::optional<Application> &existing, QWidget *parent = nullptr);

    Application application() const;   // principals keyed by cluster id, empty ones left out
    // cluster name -> principal ("" to clear), for every cluster
    QMap<QString, QString> principalsByCluster() const;

private:
    void validate();

    QList<Cluster> m_clusters;
    qint64 m_id = 0;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_team = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QTableWidget *m_principals = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Switchboard
