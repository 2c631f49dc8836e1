#include "widgets/TagEditor.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace Switchboard {

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("tagEdit"));
    m_edit->setAccessibleName(tr("Add a tag"));
    m_edit->setPlaceholderText(tr("Add a tag…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(120);
    m_completions = new QStringListModel(this);
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    m_edit->setCompleter(completer);
    layout->addWidget(m_edit, 1);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        const QString tag = m_edit->text().trimmed().toLower();
        if (tag.isEmpty())
            return;
        m_edit->clear();
        if (!m_tags.contains(tag))
            emit tagAdded(tag);
    });
}

void TagEditor::setTags(const QStringList &tags)
{
    m_tags = tags;
    rebuildChips();
}

void TagEditor::setCompletions(const QStringList &known)
{
    m_completions->setStringList(known);
}

void TagEditor::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &tag : std::as_const(m_tags)) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("tag:") + tag);
        chip->setText(tag + QStringLiteral("  ×"));
        chip->setIcon(QIcon(QStringLiteral(":/icons/tag.svg")));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setToolTip(tr("Remove the tag %1").arg(tag));
        connect(chip, &QToolButton::clicked, this, [this, tag] { emit tagRemoved(tag); });
        m_chips->addWidget(chip);
    }
}

} // namespace Switchboard
