#pragma once

// Approve or decline one request. Declining needs a reason (the requester reads it);
// approving takes an optional comment and offers to create the proposed topic and to
// provision the grant's ACLs on the cluster. Open with open(); decided() carries the choice.

#include "requests/ApprovalService.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Switchboard {

class DecisionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Approve, Decline };

    DecisionDialog(const AccessRequest &request, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QCheckBox *createTopicBox() const { return m_createTopic; }
    QCheckBox *provisionBox() const { return m_provision; }
    QCheckBox *forceBox() const { return m_force; }
    QPushButton *okButton() const { return m_ok; }

    ApproveOptions approveOptions() const;
    QString reason() const;

private:
    void updateOk();

    Mode m_mode;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_createTopic = nullptr;
    QCheckBox *m_provision = nullptr;
    QCheckBox *m_force = nullptr;
    bool m_proposesBinding = false;
    QPushButton *m_ok = nullptr;
};

} // namespace Switchboard
