#pragma once

// "Request access": a developer asks for an application to produce to or consume from a
// channel. Opened from a topic (cluster + topic name: the channel bound to it is offered, or a
// new channel is proposed for it) or from a channel. Filing validates through RequestStore;
// problems show in the dialog's message bar and the dialog stays open.
// Open it with open() (window-modal, no nested event loop); requestFiled() reports success.
// The lists it offers are read, and the request is filed, on the QueryRunner (the filing on
// its writer): the form fills in as the answers come, and the GUI thread never waits.

#include "requests/RequestStore.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace Switchboard {

class BusyWork;
class Database;
class MessageBar;
class QueryRunner;

class RequestAccessDialog : public QDialog {
    Q_OBJECT
public:
    explicit RequestAccessDialog(Database &catalog, QWidget *parent = nullptr);
    // Sharing a view's query workers (nullptr: the dialog has its own).
    RequestAccessDialog(Database &catalog, QueryRunner *runner, QWidget *parent = nullptr);

    // Prefills for a topic of the catalog: its channel if one is bound to it, otherwise a new
    // channel proposed for it (kafka://<domain>/<topic>; the domain is editable).
    void setTopic(const QString &cluster, const QString &topic);
    // Prefills for an existing channel.
    void setChannel(const QString &uri);
    // Chooses a registered application (by name); false when there is none by that name.
    bool setApplication(const QString &name);

    // The form, for tests and for callers that prefill more.
    QComboBox *applicationBox() const { return m_application; }
    QLineEdit *channelEdit() const { return m_channel; }
    QComboBox *intentBox() const { return m_intent; }
    QLineEdit *groupEdit() const { return m_group; }
    QCheckBox *groupPrefixBox() const { return m_groupPrefix; }
    QPlainTextEdit *justificationEdit() const { return m_justification; }
    QGroupBox *proposalBox() const { return m_proposal; }
    QLineEdit *environmentEdit() const { return m_environment; }
    QComboBox *clusterBox() const { return m_cluster; }
    QLineEdit *topicEdit() const { return m_topic; }
    MessageBar *messageBar() const { return m_messageBar; }

    // Files the request from the form on the runner's writer; when it is filed, emits
    // requestFiled and accepts. False (and the reason in the message bar) when the form is
    // incomplete or the channel is no channel URI; what the store refuses shows there later.
    bool submit();
    bool isLoaded() const { return m_loaded; }   // the applications and clusters are listed
    bool isBusy() const;

signals:
    void loaded();
    void requestFiled(const Switchboard::AccessRequest &request);

private:
    void updateGroupState();
    void accept() override;
    void selectCluster(const QString &cluster);

    BusyWork *m_work = nullptr;
    bool m_loaded = false;
    QString m_wantedCluster;                   // setTopic's cluster, chosen once the list is in
    QString m_wantedApplication;   // asked for before the choices were read
    QHash<QString, QString> m_environments;   // cluster name -> environment
    MessageBar *m_messageBar = nullptr;
    QComboBox *m_application = nullptr;
    QLineEdit *m_channel = nullptr;
    QComboBox *m_intent = nullptr;
    QLineEdit *m_group = nullptr;
    QCheckBox *m_groupPrefix = nullptr;
    QPlainTextEdit *m_justification = nullptr;
    QGroupBox *m_proposal = nullptr;
    QLineEdit *m_environment = nullptr;
    QComboBox *m_cluster = nullptr;
    QLineEdit *m_topic = nullptr;
};

} // namespace Switchboard
