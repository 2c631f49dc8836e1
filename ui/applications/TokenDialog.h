#pragma once

// Issues a routing-service token for an application: a label and an optional expiry, then
// (showIssued) the token itself, once: read-only, with a Copy button that puts it on the
// clipboard marked as a secret (SecretClipboard: kept out of clipboard histories, cleared after
// 30 s). Closing the dialog forgets it; Switchboard keeps only a keyed hash.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Switchboard {

class TokenDialog : public QDialog {
    Q_OBJECT
public:
    explicit TokenDialog(const QString &application, QWidget *parent = nullptr);

    QString label() const;
    int expiresInDays() const;   // 0: until revoked

    // The token was issued: show it (once) and offer to copy it.
    void showIssued(qint64 id, const QString &token);
    void showError(const QString &message);
    void copyToken();

signals:
    void issueRequested();

private:
    QLineEdit *m_label = nullptr;
    QSpinBox *m_expires = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_copy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Switchboard
