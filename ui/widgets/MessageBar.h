#pragma once

// An inline message bar above the content (like KeePassXC's MessageWidget or KDE's
// KMessageWidget): errors, warnings and confirmations stay visible where the user looks,
// with an optional action button, instead of a modal box or a line on stderr.

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace Switchboard {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows text (plain text; it may name clusters and causes but never a secret). An action
    // label adds a button that emits actionTriggered() and hides the bar.
    void showMessage(const QString &text, Type type, const QString &actionText = {});
    void hideMessage();

    QString text() const;
    Type type() const { return m_type; }

signals:
    void actionTriggered();

private:
    void applyStyle();
    bool event(QEvent *event) override;

    Type m_type = Type::Information;
    bool m_styling = false;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace Switchboard
