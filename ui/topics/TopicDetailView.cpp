#include "topics/TopicDetailView.h"

#include "main/QueryRunner.h"
#include "topics/ConfigTableModel.h"
#include "topics/ConsumerGroupTableModel.h"
#include "topics/DescriptionDialog.h"
#include "topics/HistoryTableModel.h"
#include "topics/PartitionTableModel.h"
#include "widgets/TagEditor.h"

#include <QChart>
#include <QChartView>
#include <QCompleter>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

TopicDetailView::TopicDetailView(QueryRunner *runner, QWidget *parent)
    : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("topicDetail"));
    auto *stack = new QStackedLayout(this);
    m_empty = new QLabel(tr("Select a topic to see its partitions, configuration, consumers and history."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    stack->addWidget(m_empty);

    m_content = new QWidget(this);
    stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("topicTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(m_content);
    m_subtitle->setObjectName(QStringLiteral("topicSubtitle"));
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    layout->addWidget(m_tabs, 1);

    // Overview: curation on the left, the important configs on the right.
    auto *overview = new QWidget(m_tabs);
    auto *overviewLayout = new QHBoxLayout(overview);
    auto *curation = new QWidget(overview);
    auto *form = new QFormLayout(curation);
    form->setContentsMargins(0, 0, 0, 0);
    m_owner = new QLineEdit(curation);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_owner->setPlaceholderText(tr("Owner team, e.g. team-billing"));
    m_ownerCompletions = new QStringListModel(this);
    auto *ownerCompleter = new QCompleter(m_ownerCompletions, this);
    ownerCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_owner->setCompleter(ownerCompleter);
    form->addRow(tr("&Owner:"), m_owner);
    m_tags = new TagEditor(curation);
    form->addRow(tr("&Tags:"), m_tags);
    m_description = new QTextBrowser(curation);
    m_description->setObjectName(QStringLiteral("descriptionView"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setOpenExternalLinks(true);
    m_editDescription = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit description…"), curation);
    m_editDescription->setObjectName(QStringLiteral("editDescription"));
    auto *descriptionBox = new QVBoxLayout;
    descriptionBox->addWidget(m_description, 1);
    descriptionBox->addWidget(m_editDescription, 0, Qt::AlignLeft);
    form->addRow(tr("Description:"), descriptionBox);
    overviewLayout->addWidget(curation, 3);

    auto *configBox = new QVBoxLayout;
    auto *configTitle = new QLabel(tr("Important settings (overridden ones in bold)"), overview);
    configBox->addWidget(configTitle);
    m_important = new ConfigTableModel(this);
    m_important->setOnly(ConfigTableModel::importantConfigs());
    QTableView *important = makeTable(m_important, QStringLiteral("importantConfigsView"), overview);
    important->setAccessibleName(tr("Important settings"));
    configBox->addWidget(important, 1);
    m_configNote = new QLabel(overview);
    m_configNote->setWordWrap(true);
    configBox->addWidget(m_configNote);
    overviewLayout->addLayout(configBox, 2);
    m_tabs->addTab(overview, tr("O&verview"));

    m_partitions = new PartitionTableModel(this);
    QTableView *partitions = makeTable(m_partitions, QStringLiteral("partitionsView"), m_tabs);
    partitions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tabs->addTab(partitions, tr("&Partitions"));
    m_configs = new ConfigTableModel(this);
    m_tabs->addTab(makeTable(m_configs, QStringLiteral("configsView"), m_tabs), tr("&Configuration"));
    m_groups = new ConsumerGroupTableModel(this);
    QTableView *groups = makeTable(m_groups, QStringLiteral("consumersView"), m_tabs);
    groups->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tabs->addTab(groups, tr("Co&nsumers"));
    m_history = new HistoryTableModel(this);
    m_tabs->addTab(makeTable(m_history, QStringLiteral("historyView"), m_tabs), tr("&History"));

    m_chart = new QChartView(m_tabs);
    m_chart->setObjectName(QStringLiteral("messagesChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(m_chart, tr("&Messages"));

    connect(m_owner, &QLineEdit::editingFinished, this, [this] {
        if (!m_detail || m_owner->text().trimmed() == m_detail->topic.owner)
            return;
        const QString owner = m_owner->text().trimmed();
        curate([owner](const TopicStore &store, qint64 id) { return store.setOwner(id, owner); });
    });
    connect(m_tags, &TagEditor::tagAdded, this, [this](const QString &tag) {
        if (auto st = TopicStore::validateTag(tag); !st) {
            emit errorOccurred(st.error());
            return;
        }
        curate([tag](const TopicStore &store, qint64 id) { return store.addTags(id, {tag}); });
    });
    connect(m_tags, &TagEditor::tagRemoved, this, [this](const QString &tag) {
        curate([tag](const TopicStore &store, qint64 id) { return store.removeTags(id, {tag}); });
    });
    connect(m_editDescription, &QPushButton::clicked, this, &TopicDetailView::editDescription);
    stack->setCurrentWidget(m_empty);
}

void TopicDetailView::showTopic(qint64 topicId)
{
    m_topicId = topicId;
    const quint64 generation = ++m_generation;
    auto *stack = static_cast<QStackedLayout *>(layout());
    if (topicId == 0) {
        m_detail.reset();
        stack->setCurrentWidget(m_empty);
        return;
    }
    auto future = m_runner->run([topicId](const Database &db) { return TopicStore(db).detail(topicId); });
    onResultReady(future, this, [this, generation, topicId](const Result<std::optional<TopicDetail>> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            emit errorOccurred(result.error());
            return;
        }
        if (!result->has_value()) {
            m_detail.reset();
            static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_empty);
            return;
        }
        display(**result);
        emit loaded(topicId);
    });
    refreshCompletions();
}

void TopicDetailView::refreshCompletions()
{
    struct Known {
        QStringList tags;
        QStringList owners;
    };
    auto future = m_runner->run([](const Database &db) -> Result<Known> {
        TopicStore store(db);
        auto tags = store.tags({}, 500);
        if (!tags)
            return makeError(tags.error());
        auto owners = store.owners();
        if (!owners)
            return makeError(owners.error());
        return Known{*tags, *owners};
    });
    onResultReady(future, this, [this](const Result<Known> &known) {
        if (!known)
            return;   // completion is a convenience; the detail itself reports errors
        m_tags->setCompletions(known->tags);
        m_ownerCompletions->setStringList(known->owners);
    });
}

void TopicDetailView::display(const TopicDetail &detail)
{
    m_detail = detail;
    const TopicSummary &t = detail.topic;
    m_title->setText(t.deleted ? tr("%1 (deleted)").arg(t.name) : t.name);
    QStringList facts;
    facts << tr("cluster %1 (%2)").arg(t.cluster, t.environment);
    facts << tr("%n partition(s)", nullptr, t.partitions);
    facts << tr("replication %1").arg(t.replicationFactor);
    if (t.messages)
        facts << tr("%1 messages").arg(QLocale().toString(*t.messages));
    if (t.rate)
        facts << tr("%1 msg/s").arg(QLocale().toString(*t.rate, 'f', 1));
    if (t.underReplicated > 0)
        facts << tr("%n under-replicated", nullptr, t.underReplicated);
    if (t.deleted)
        facts << tr("deleted %1").arg(QLocale().toString(t.deletedAt.toLocalTime(), QLocale::ShortFormat));
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    if (!m_owner->hasFocus())
        m_owner->setText(t.owner);
    m_tags->setTags(t.tags);
    if (t.description.isEmpty())
        m_description->setMarkdown(tr("*No description yet.* Use **Edit description** to say what the topic "
                                      "carries, who produces it and how to consume it."));
    else
        m_description->setMarkdown(t.description);

    m_partitions->setPartitions(detail.partitions);
    m_configs->setConfigs(detail.configs);
    m_important->setConfigs(detail.configs);
    m_configNote->setText(detail.configs.isEmpty()
                              ? tr("No configuration was crawled for this cluster (the demo cluster does not "
                                   "answer DescribeConfigs).")
                              : QString());
    m_configNote->setVisible(detail.configs.isEmpty());
    m_groups->setGroups(detail.consumerGroups);
    m_history->setHistory(detail.history);
    updateChart(detail);
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_content);
}

void TopicDetailView::updateChart(const TopicDetail &detail)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Messages and rate over the crawls"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Follow the application palette rather than Qt Charts' fixed light theme.
    const QPalette pal = palette();
    chart->setBackgroundBrush(pal.base());
    chart->setTitleBrush(pal.text());
    chart->legend()->setLabelColor(pal.color(QPalette::Text));

    auto *messages = new QLineSeries(chart);
    messages->setName(tr("Messages"));
    messages->setPointsVisible(true);
    auto *rate = new QLineSeries(chart);
    rate->setPointsVisible(true);
    rate->setName(tr("Rate (msg/s)"));
    qint64 maxMessages = 1;
    double maxRate = 1;
    const QList<MessageSample> &samples = detail.samples;
    for (int i = 0; i < samples.size(); ++i) {
        const qreal x = qreal(samples.at(i).at.toMSecsSinceEpoch());
        messages->append(x, qreal(samples.at(i).messages));
        maxMessages = std::max(maxMessages, samples.at(i).messages);
        if (i > 0) {
            const qint64 ms = samples.at(i - 1).at.msecsTo(samples.at(i).at);
            const double r = ms > 0 ? double(samples.at(i).produced - samples.at(i - 1).produced) * 1000.0 / ms : 0;
            rate->append(x, r);
            maxRate = std::max(maxRate, r);
        }
    }
    chart->addSeries(messages);
    chart->addSeries(rate);
    auto *time = new QDateTimeAxis(chart);
    time->setFormat(QStringLiteral("dd.MM HH:mm"));
    time->setLabelsBrush(pal.text());
    if (!samples.isEmpty()) {
        QDateTime from = samples.first().at.toLocalTime(), to = samples.last().at.toLocalTime();
        if (from == to) {
            from = from.addSecs(-60);
            to = to.addSecs(60);
        }
        time->setRange(from, to);
    }
    chart->addAxis(time, Qt::AlignBottom);
    auto *messageAxis = new QValueAxis(chart);
    messageAxis->setTitleText(tr("Messages"));
    messageAxis->setLabelFormat(QStringLiteral("%.0f"));
    messageAxis->setRange(0, double(maxMessages) * 1.1);
    messageAxis->setLabelsBrush(pal.text());
    messageAxis->setTitleBrush(pal.text());
    chart->addAxis(messageAxis, Qt::AlignLeft);
    auto *rateAxis = new QValueAxis(chart);
    rateAxis->setTitleText(tr("msg/s"));
    rateAxis->setRange(0, maxRate * 1.1);
    rateAxis->setLabelsBrush(pal.text());
    rateAxis->setTitleBrush(pal.text());
    chart->addAxis(rateAxis, Qt::AlignRight);
    messages->attachAxis(time);
    messages->attachAxis(messageAxis);
    rate->attachAxis(time);
    rate->attachAxis(rateAxis);
    if (samples.size() < 2)
        chart->setTitle(tr("Messages and rate over the crawls (a rate needs two crawls)"));

    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void TopicDetailView::curate(std::function<Status(const TopicStore &, qint64)> change)
{
    if (!m_detail)
        return;
    const qint64 id = m_detail->topic.id;
    auto future = m_runner->write([id, change](const Database &db) -> Result<bool> {
        if (auto st = change(TopicStore(db), id); !st)
            return makeError(st.error());
        return true;
    });
    onResultReady(future, this, [this, id](const Result<bool> &result) {
        if (!result) {
            emit errorOccurred(result.error());
            return;
        }
        if (id == m_topicId)
            reload();
        emit curationChanged(id);
    });
}

void TopicDetailView::editDescription()
{
    if (!m_detail)
        return;
    // A dialog of its own (no exec(): the GUI thread keeps running the main loop).
    auto *dialog = new DescriptionDialog(m_detail->topic.name, m_detail->topic.description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_detail->topic.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QString text = dialog->markdown();
        if (id != m_topicId)
            return;
        curate([text](const TopicStore &store, qint64 topic) { return store.setDescription(topic, text); });
    });
    dialog->open();
}

} // namespace Switchboard
