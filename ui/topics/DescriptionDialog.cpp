#include "topics/DescriptionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Switchboard {

DescriptionDialog::DescriptionDialog(const QString &topic, const QString &markdown, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Description of %1").arg(topic));
    setObjectName(QStringLiteral("descriptionDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Markdown: **bold**, *italic*, `code`, lists, links."), this));
    auto *splitter = new QSplitter(this);
    m_editor = new QPlainTextEdit(splitter);
    m_editor->setObjectName(QStringLiteral("descriptionEditor"));
    m_editor->setAccessibleName(tr("Description (Markdown)"));
    m_editor->setPlainText(markdown);
    m_preview = new QTextBrowser(splitter);
    m_preview->setObjectName(QStringLiteral("descriptionPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenExternalLinks(true);
    m_preview->setMarkdown(markdown);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_preview->setMarkdown(m_editor->toPlainText()); });
    resize(820, 480);
}

QString DescriptionDialog::markdown() const
{
    return m_editor->toPlainText().trimmed();
}

} // namespace Switchboard
