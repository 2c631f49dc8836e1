#include "requests/DecisionDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {

DecisionDialog::DecisionDialog(const AccessRequest &request, Mode mode, QWidget *parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(mode == Mode::Approve ? tr("Approve request") : tr("Decline request"));
    auto *layout = new QVBoxLayout(this);
    QString summary = tr("<b>%1</b> wants to <b>%2</b> <tt>%3</tt>")
                          .arg(request.application.toHtmlEscaped(),
                               request.intent == Intent::Produce ? tr("produce to") : tr("consume from"),
                               request.channel.toHtmlEscaped());
    if (!request.consumerGroup.isEmpty())
        summary += tr(" as consumer group <tt>%1</tt>").arg((request.consumerGroup + (request.groupIsPrefix ? QStringLiteral("*") : QString())).toHtmlEscaped());
    if (request.proposesBinding())
        summary += tr("<br>New channel, bound on approval in %1 to topic <tt>%2</tt> on %3")
                       .arg(request.proposedEnvironment.toHtmlEscaped(), request.proposedTopic.toHtmlEscaped(),
                            request.proposedCluster.toHtmlEscaped());
    if (!request.justification.isEmpty())
        summary += tr("<br>Justification: %1").arg(request.justification.toHtmlEscaped());
    auto *label = new QLabel(summary, this);
    label->setWordWrap(true);
    layout->addWidget(label);

    auto *textLabel = new QLabel(mode == Mode::Approve ? tr("&Comment (optional):") : tr("&Reason (the requester reads it):"), this);
    layout->addWidget(textLabel);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reason"));
    // The label names the field for screen readers (a plain text edit does not take its buddy's text).
    textLabel->setBuddy(m_text);
    m_text->setAccessibleName(mode == Mode::Approve ? tr("Comment") : tr("Reason"));
    m_text->setMaximumHeight(90);
    layout->addWidget(m_text);

    if (mode == Mode::Approve) {
        m_createTopic = new QCheckBox(tr("Create topic %1 on %2").arg(request.proposedTopic, request.proposedCluster), this);
        m_createTopic->setObjectName(QStringLiteral("createTopic"));
        m_createTopic->setVisible(request.proposesBinding());
        layout->addWidget(m_createTopic);
        m_force = new QCheckBox(tr("Bind even if the catalog does not know the topic yet"), this);
        m_force->setObjectName(QStringLiteral("force"));
        m_force->setVisible(request.proposesBinding());
        layout->addWidget(m_force);
        m_proposesBinding = request.proposesBinding();
        m_provision = new QCheckBox(tr("Provision the ACLs on the cluster"), this);
        m_provision->setObjectName(QStringLiteral("provision"));
        m_provision->setToolTip(tr("Uses the application's principal on the cluster: WRITE and DESCRIBE on the topic for "
                                   "produce; READ and DESCRIBE, plus READ on the consumer group, for consume."));
        layout->addWidget(m_provision);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(mode == Mode::Approve ? tr("&Approve") : tr("&Decline"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateOk);
    updateOk();
}

void DecisionDialog::updateOk()
{
    m_ok->setEnabled(m_mode == Mode::Approve || !m_text->toPlainText().trimmed().isEmpty());
}

ApproveOptions DecisionDialog::approveOptions() const
{
    ApproveOptions o;
    o.comment = m_text->toPlainText().trimmed();
    o.createTopic = m_proposesBinding && m_createTopic && m_createTopic->isChecked();
    o.forceBinding = m_proposesBinding && m_force && m_force->isChecked();
    o.provisionAcls = m_provision && m_provision->isChecked();
    return o;
}

QString DecisionDialog::reason() const { return m_text->toPlainText().trimmed(); }

} // namespace Switchboard
