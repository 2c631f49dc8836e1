#include "requests/RequestAccessDialog.h"

#include "clusters/ClusterStore.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/ChannelUri.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {

RequestAccessDialog::RequestAccessDialog(Database &catalog, QWidget *parent) : QDialog(parent), m_catalog(catalog)
{
    setWindowTitle(tr("Request access"));
    setObjectName(QStringLiteral("requestAccessDialog"));
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);

    auto *form = new QFormLayout;
    m_application = new QComboBox(this);
    m_application->setObjectName(QStringLiteral("application"));
    if (auto apps = ApplicationStore(catalog).list()) {
        for (const Application &a : *apps)
            m_application->addItem(a.ownerTeam.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.ownerTeam), a.name);
    }
    form->addRow(tr("&Application:"), m_application);
    m_channel = new QLineEdit(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->setPlaceholderText(QStringLiteral("kafka://billing.example.com/invoices"));
    form->addRow(tr("&Channel:"), m_channel);
    m_intent = new QComboBox(this);
    m_intent->setObjectName(QStringLiteral("intent"));
    m_intent->addItem(tr("Produce"), QStringLiteral("produce"));
    m_intent->addItem(tr("Consume"), QStringLiteral("consume"));
    form->addRow(tr("&Intent:"), m_intent);
    m_group = new QLineEdit(this);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setAccessibleName(tr("Consumer group"));
    m_group->setPlaceholderText(tr("the consumer group the application uses"));
    m_groupPrefix = new QCheckBox(tr("Any group starting with this (prefix)"), this);
    m_groupPrefix->setObjectName(QStringLiteral("groupPrefix"));
    auto *groupBox = new QVBoxLayout;
    groupBox->addWidget(m_group);
    groupBox->addWidget(m_groupPrefix);
    form->addRow(tr("Consumer group:"), groupBox);
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("justification"));
    m_justification->setPlaceholderText(tr("Why the application needs this"));
    m_justification->setMaximumHeight(80);
    form->addRow(tr("&Justification:"), m_justification);
    layout->addLayout(form);

    m_proposal = new QGroupBox(tr("New channel: bind it on approval to"), this);
    m_proposal->setObjectName(QStringLiteral("proposal"));
    m_proposal->setCheckable(true);
    m_proposal->setChecked(false);
    auto *proposal = new QFormLayout(m_proposal);
    m_environment = new QLineEdit(m_proposal);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_cluster = new QComboBox(m_proposal);
    m_cluster->setObjectName(QStringLiteral("cluster"));
    if (auto clusters = ClusterStore(catalog).list()) {
        for (const Cluster &c : *clusters)
            m_cluster->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.environment), c.name);
    }
    m_topic = new QLineEdit(m_proposal);
    m_topic->setObjectName(QStringLiteral("topic"));
    proposal->addRow(tr("&Environment:"), m_environment);
    proposal->addRow(tr("C&luster:"), m_cluster);
    proposal->addRow(tr("&Topic:"), m_topic);
    layout->addWidget(m_proposal);
    connect(m_cluster, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_environment->isModified()) {
            if (auto c = ClusterStore(m_catalog).find(m_cluster->currentData().toString()); c && c->has_value())
                m_environment->setText((*c)->environment);
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&File request"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestAccessDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_intent, &QComboBox::currentIndexChanged, this, &RequestAccessDialog::updateGroupState);
    updateGroupState();
}

void RequestAccessDialog::updateGroupState()
{
    const bool consume = m_intent->currentData().toString() == QLatin1String("consume");
    m_group->setEnabled(consume);
    m_groupPrefix->setEnabled(consume);
}

void RequestAccessDialog::setChannel(const QString &uri)
{
    m_channel->setText(uri);
    m_proposal->setChecked(false);
}

bool RequestAccessDialog::setApplication(const QString &name)
{
    const int index = m_application->findData(name);
    if (index >= 0)
        m_application->setCurrentIndex(index);
    return index >= 0;
}

void RequestAccessDialog::setTopic(const QString &cluster, const QString &topic)
{
    if (auto bindings = ChannelStore(m_catalog).bindings()) {
        for (const BindingInfo &b : *bindings) {
            if (b.cluster == cluster && b.binding.topic == topic) {
                setChannel(b.binding.channel);
                return;
            }
        }
    }
    // No channel leads there yet: propose one, on the domain most channels use.
    QString domain = QStringLiteral("example.com");
    if (auto channels = ChannelStore(m_catalog).channels(); channels && !channels->isEmpty()) {
        if (auto uri = ChannelUri::parse(channels->first().uri))
            domain = uri->host();
    }
    m_channel->setText(QStringLiteral("kafka://%1/%2").arg(domain, topic));
    m_proposal->setChecked(true);
    const int index = m_cluster->findData(cluster);
    if (index >= 0)
        m_cluster->setCurrentIndex(index);
    if (auto c = ClusterStore(m_catalog).find(cluster); c && c->has_value())
        m_environment->setText((*c)->environment);
    m_topic->setText(topic);
}

bool RequestAccessDialog::submit()
{
    AccessRequest draft;
    draft.application = m_application->currentData().toString();
    draft.channel = m_channel->text().trimmed();
    draft.intent = parseIntent(m_intent->currentData().toString()).value_or(Intent::Produce);
    if (draft.intent == Intent::Consume) {
        draft.consumerGroup = m_group->text().trimmed();
        draft.groupIsPrefix = m_groupPrefix->isChecked();
    }
    draft.justification = m_justification->toPlainText().trimmed();
    if (m_proposal->isChecked()) {
        draft.proposedEnvironment = m_environment->text().trimmed();
        draft.proposedCluster = m_cluster->currentData().toString();
        draft.proposedTopic = m_topic->text().trimmed();
    }
    if (draft.application.isEmpty()) {
        m_messageBar->showMessage(tr("Choose the application the access is for (a platform engineer registers applications)."),
                                  MessageBar::Type::Error);
        return false;
    }
    auto filed = RequestStore(m_catalog).file(draft);
    if (!filed) {
        m_messageBar->showMessage(filed.error(), MessageBar::Type::Error);
        return false;
    }
    emit requestFiled(*filed);
    QDialog::accept();
    return true;
}

void RequestAccessDialog::accept() { submit(); }

} // namespace Switchboard
