#pragma once

// Adds or edits a cluster. Validates as the user types (ClusterStore::validate: name,
// environment, bootstrap list, each client property through librdkafka's parser) and can test
// the connection: one Metadata request off the GUI thread, with a timeout.

#include "clusters/Cluster.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Switchboard {

class ClusterDialog : public QDialog {
    Q_OBJECT
public:
    // environments: the ones in use, offered in the environment box.
    ClusterDialog(const Cluster &cluster, const QStringList &environments, QWidget *parent = nullptr);

    Cluster cluster() const;
    bool isValid() const { return m_valid; }
    QString validationMessage() const;

    static constexpr int kTestTimeoutMs = 8000;

signals:
    void connectionTested(bool ok, const QString &message);

private:
    void validate();
    void testConnection();
    Cluster m_original;
    bool m_valid = false;
    quint64 m_testGeneration = 0;

    QLineEdit *m_name = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_bootstrap = nullptr;
    QPlainTextEdit *m_properties = nullptr;
    QLabel *m_validation = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Switchboard
