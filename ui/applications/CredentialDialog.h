#pragma once

// Sets or rotates an application's Kafka credential on a cluster. Set: mechanism, username and
// secret (a replacement: the previous version ends now). Rotate: a new secret, typed or generated,
// and a grace period during which the previous version stays valid. The secret is typed into a
// password field and handed on as SecretBytes; it is never shown or logged.

#include "clusters/Cluster.h"
#include "vault/SecretBytes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Switchboard {

class CredentialDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Set, Rotate };
    // Rotate: clusters holds the one cluster whose credential rotates; username its current one.
    CredentialDialog(Mode mode, const QString &application, const QList<Cluster> &clusters, const QString &username = {},
                     QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    qint64 clusterId() const;
    QString clusterName() const;
    QString mechanism() const;
    QString username() const;
    // Empty for a rotation that generates its secret.
    SecretBytes secret() const;
    qint64 graceSeconds() const;

private:
    void validate();

    Mode m_mode;
    QList<Cluster> m_clusters;
    QComboBox *m_cluster = nullptr;
    QComboBox *m_mechanism = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_generate = nullptr;
    QSpinBox *m_grace = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Switchboard
