#pragma once

// Tags as removable chips plus a line edit that completes from the tags already in use.
// Emits tagAdded/tagRemoved; the owner saves them (at once) and calls setTags() with the result.

#include <QWidget>

class QCompleter;
class QHBoxLayout;
class QLineEdit;
class QStringListModel;

namespace Switchboard {

class TagEditor : public QWidget {
    Q_OBJECT
public:
    explicit TagEditor(QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    void setCompletions(const QStringList &known);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void tagAdded(const QString &tag);
    void tagRemoved(const QString &tag);

private:
    void rebuildChips();

    QStringList m_tags;
    QHBoxLayout *m_chips = nullptr;
    QLineEdit *m_edit = nullptr;
    QStringListModel *m_completions = nullptr;
};

} // namespace Switchboard
