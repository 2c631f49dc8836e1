#pragma once

// Edits a topic's description as Markdown with a live preview beside it.

#include <QDialog>

class QPlainTextEdit;
class QTextBrowser;

namespace Switchboard {

class DescriptionDialog : public QDialog {
    Q_OBJECT
public:
    DescriptionDialog(const QString &topic, const QString &markdown, QWidget *parent = nullptr);
    QString markdown() const;

private:
    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
};

} // namespace Switchboard
