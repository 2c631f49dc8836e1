#include "requests/RequestAccessDialog.h"

#include "clusters/ClusterStore.h"
#include "main/BusyWork.h"
#include "main/QueryRunner.h"
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

namespace {

struct Choices {
    QList<Application> applications;
    QList<Cluster> clusters;
};

// What setTopic prefills: the channel bound to the topic, or one proposed for it.
struct TopicChannel {
    QString boundChannel;
    QString proposedDomain = QStringLiteral("example.com");
};

} // namespace

RequestAccessDialog::RequestAccessDialog(Database &catalog, QWidget *parent) : RequestAccessDialog(catalog, nullptr, parent) {}

RequestAccessDialog::RequestAccessDialog(Database &catalog, QueryRunner *runner, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Request access"));
    setObjectName(QStringLiteral("requestAccessDialog"));
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);
    m_work = new BusyWork(runner ? runner : new QueryRunner(catalog.path(), this), m_messageBar, this);

    auto *form = new QFormLayout;
    m_application = new QComboBox(this);
    m_application->setObjectName(QStringLiteral("application"));
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
    m_topic = new QLineEdit(m_proposal);
    m_topic->setObjectName(QStringLiteral("topic"));
    proposal->addRow(tr("&Environment:"), m_environment);
    proposal->addRow(tr("C&luster:"), m_cluster);
    proposal->addRow(tr("&Topic:"), m_topic);
    layout->addWidget(m_proposal);
    connect(m_cluster, &QComboBox::currentIndexChanged, this, [this] {
        const QString cluster = m_cluster->currentData().toString();
        if (!m_environment->isModified() && m_environments.contains(cluster))
            m_environment->setText(m_environments.value(cluster));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&File request"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestAccessDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_intent, &QComboBox::currentIndexChanged, this, &RequestAccessDialog::updateGroupState);
    updateGroupState();

    m_work->read({}, [](const Database &db) -> Result<Choices> {
        Choices choices;
        auto apps = ApplicationStore(db).list();
        if (!apps)
            return makeError(apps.error());
        auto clusters = ClusterStore(db).list();
        if (!clusters)
            return makeError(clusters.error());
        choices.applications = std::move(*apps);
        choices.clusters = std::move(*clusters);
        return choices;
    }, [this](const Result<Choices> &choices) {
        if (!choices) {
            m_messageBar->showMessage(choices.error(), MessageBar::Type::Error);
            return;
        }
        for (const Application &a : choices->applications)
            m_application->addItem(a.ownerTeam.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.ownerTeam), a.name);
        for (const Cluster &c : choices->clusters)
            m_environments.insert(c.name, c.environment);
        {
            const QSignalBlocker quiet(m_cluster);   // setTopic's environment, or none, stays
            for (const Cluster &c : choices->clusters)
                m_cluster->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.environment), c.name);
        }
        m_loaded = true;
        if (!m_wantedApplication.isEmpty())
            setApplication(m_wantedApplication);
        if (!m_wantedCluster.isEmpty())
            selectCluster(m_wantedCluster);
        emit loaded();
    });
}

bool RequestAccessDialog::isBusy() const { return m_work->isBusy(); }

void RequestAccessDialog::selectCluster(const QString &cluster)
{
    const int index = m_cluster->findData(cluster);
    if (index >= 0) {
        const QSignalBlocker quiet(m_cluster);
        m_cluster->setCurrentIndex(index);
    }
    if (m_environments.contains(cluster))
        m_environment->setText(m_environments.value(cluster));
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
    if (!m_loaded) {   // the choices are still being read: chosen when they come
        m_wantedApplication = name;
        return true;
    }
    const int index = m_application->findData(name);
    if (index >= 0)
        m_application->setCurrentIndex(index);
    return index >= 0;
}

void RequestAccessDialog::setTopic(const QString &cluster, const QString &topic)
{
    m_work->read({}, [cluster, topic](const Database &db) -> Result<TopicChannel> {
        TopicChannel found;
        auto bindings = ChannelStore(db).bindings();
        if (!bindings)
            return makeError(bindings.error());
        for (const BindingInfo &b : *bindings) {
            if (b.cluster == cluster && b.binding.topic == topic) {
                found.boundChannel = b.binding.channel;
                return found;
            }
        }
        // No channel leads there yet: propose one, on the domain most channels use.
        if (auto channels = ChannelStore(db).channels(); channels && !channels->isEmpty()) {
            if (auto uri = ChannelUri::parse(channels->first().uri))
                found.proposedDomain = uri->host();
        }
        return found;
    }, [this, cluster, topic](const Result<TopicChannel> &found) {
        if (!found) {
            m_messageBar->showMessage(found.error(), MessageBar::Type::Error);
            return;
        }
        if (!found->boundChannel.isEmpty()) {
            setChannel(found->boundChannel);
            return;
        }
        m_channel->setText(QStringLiteral("kafka://%1/%2").arg(found->proposedDomain, topic));
        m_proposal->setChecked(true);
        m_wantedCluster = cluster;
        if (m_loaded)
            selectCluster(cluster);
        m_topic->setText(topic);
    });
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
    // Said here and now, not after a round trip (RequestStore::file says the same).
    if (auto uri = ChannelUri::parse(draft.channel); !uri) {
        m_messageBar->showMessage(uri.error(), MessageBar::Type::Error);
        return false;
    }
    if (m_work->isBusy())
        return false;   // a second click while the first filing runs
    m_work->write(tr("Filing the request…"), [draft](const Database &db) { return RequestStore(db).file(draft); },
                  [this](const Result<AccessRequest> &filed) {
                      if (!filed) {
                          m_messageBar->showMessage(filed.error(), MessageBar::Type::Error);
                          return;
                      }
                      emit requestFiled(*filed);
                      QDialog::accept();
                  });
    return true;
}

void RequestAccessDialog::accept() { submit(); }

} // namespace Switchboard
