#include "applications/TokenDialog.h"

#include "vault/SecretClipboard.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Switchboard {

TokenDialog::TokenDialog(const QString &application, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("Issue token for %1").arg(application));
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The application presents the token to the routing service (HTTP Basic auth: user %1, "
                                "the token as password). It is shown once; Switchboard keeps only a keyed hash.")
                                 .arg(application),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setAccessibleName(tr("Token label"));
    m_label->setPlaceholderText(tr("what the token is for, e.g. production deployment"));
    form->addRow(tr("&Label:"), m_label);
    m_expires = new QSpinBox(this);
    m_expires->setObjectName(QStringLiteral("expires"));
    m_expires->setAccessibleName(tr("Expires in days"));
    m_expires->setRange(0, 3650);
    m_expires->setSuffix(tr(" days"));
    m_expires->setSpecialValueText(tr("never (until revoked)"));
    form->addRow(tr("&Expires in:"), m_expires);
    layout->addLayout(form);
    m_issue = new QPushButton(tr("&Issue token"), this);
    m_issue->setObjectName(QStringLiteral("issue"));
    m_issue->setDefault(true);
    auto *issueRow = new QHBoxLayout;
    issueRow->addStretch();
    issueRow->addWidget(m_issue);
    layout->addLayout(issueRow);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    auto *tokenRow = new QHBoxLayout;
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setAccessibleName(tr("Issued token"));
    m_token->setReadOnly(true);
    m_token->hide();
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setToolTip(tr("Copies the token as a secret: clipboard managers do not keep it, and it is cleared after 30 s"));
    m_copy->hide();
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copy);
    layout->addLayout(tokenRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_issue, &QPushButton::clicked, this, [this] {
        m_issue->setEnabled(false);
        emit issueRequested();
    });
    connect(m_copy, &QPushButton::clicked, this, &TokenDialog::copyToken);
}

QString TokenDialog::label() const { return m_label->text().trimmed(); }
int TokenDialog::expiresInDays() const { return m_expires->value(); }

void TokenDialog::showIssued(qint64 id, const QString &token)
{
    m_label->setEnabled(false);
    m_expires->setEnabled(false);
    m_issue->hide();
    m_note->setText(tr("Token %1 issued. Copy it now: it is not shown again.").arg(id));
    m_note->show();
    m_token->setText(token);
    m_token->show();
    m_copy->show();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::accept);
    adjustSize();
    setTabOrder(m_token, m_copy);
    setTabOrder(m_copy, m_buttons);
    m_copy->setFocus();
}

void TokenDialog::showError(const QString &message)
{
    m_note->setText(message);
    m_note->show();
    m_issue->setEnabled(true);
}

void TokenDialog::copyToken()
{
    if (!m_token->text().isEmpty())
        SecretClipboard::instance()->copy(m_token->text(), true);
    m_note->setText(tr("Copied as a secret: clipboard managers do not keep it, and it is cleared in 30 s. The token is "
                       "not shown again once this dialog closes."));
    adjustSize();
}

} // namespace Switchboard
