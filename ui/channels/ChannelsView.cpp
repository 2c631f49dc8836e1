#include "channels/ChannelsView.h"

#include "acl/AclProvisioner.h"
#include "acl/ChannelMigration.h"
#include "acl/DriftReport.h"
#include "channels/RecordTableModel.h"
#include "clusters/ClusterStore.h"
#include "main/BusyWork.h"
#include "main/QueryRunner.h"
#include "requests/RequestAccessDialog.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/GrantStore.h"
#include "routing/Resolver.h"
#include "routing/RoutingModelStore.h"
#include "routing/RulePattern.h"
#include "routing/RuleStore.h"
#include "store/Database.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

QLineEdit *makeEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

// A form row with each label above its field: readable at any width (placeholders alone vanish
// once something is typed), and each label is its field's buddy (its mnemonic reaches the
// field) and names it for screen readers.
struct FormField {
    QString label;
    QWidget *field;
    int stretch;
};

void addLabelledRow(QGridLayout *grid, const QList<FormField> &fields, const QList<QWidget *> &trailing)
{
    int column = 0;
    for (const FormField &f : fields) {
        auto *label = new QLabel(f.label, f.field->parentWidget());
        label->setBuddy(f.field);
        f.field->setAccessibleName(QString(f.label).remove(QLatin1Char('&')));
        grid->addWidget(label, 0, column);
        grid->addWidget(f.field, 1, column);
        grid->setColumnStretch(column, f.stretch);
        ++column;
    }
    for (QWidget *w : trailing)
        grid->addWidget(w, 1, column++);
}

void fillClusters(QComboBox *box, const QList<Cluster> &clusters)
{
    const QString keep = box->currentData().toString();
    box->clear();
    for (const Cluster &c : clusters)
        box->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.environment), c.name);
    const int index = box->findData(keep);
    if (index >= 0)
        box->setCurrentIndex(index);
}

QString aclText(const AclBinding &a)
{
    return QStringLiteral("%1 %2 %3 %4:%5%6").arg(a.principal, a.permission, a.operation, a.resourceType, a.resourceName,
                                                 a.patternType == QLatin1String("PREFIXED") ? QStringLiteral("*") : QString());
}

} // namespace

// What a worker reads for the lists. A routing model that cannot be read leaves the lists as
// they are (error says why); the other lists read empty when they fail, as they always did.
struct ChannelsView::Listing {
    Role role = Role::PlatformEngineer;
    QString error;
    RoutingModel model;
    QList<BindingInfo> bindings;
    QList<RuleInfo> rules;
    QList<GrantRecord> grants;
    QList<Cluster> clusters;
};

ChannelsView::ChannelsView(Database &catalog, QWidget *parent) : ChannelsView(catalog, nullptr, parent) {}

ChannelsView::ChannelsView(Database &catalog, QueryRunner *runner, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_runner(runner ? runner : new QueryRunner(catalog.path(), this))
{
    setObjectName(QStringLiteral("channelsView"));
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);
    m_work = new BusyWork(m_runner, m_messageBar, this);
    auto *top = new QHBoxLayout;
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("role"));
    top->addWidget(m_roleLabel);
    top->addStretch();
    m_requestButton = new QPushButton(tr("Re&quest access…"), this);
    m_requestButton->setObjectName(QStringLiteral("requestAccess"));
    top->addWidget(m_requestButton);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setToolTip(tr("Read the channels, rules and grants again (F5)"));
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, refreshButton, &QPushButton::click);
    top->addWidget(refreshButton);
    layout->addLayout(top);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createBindingsTab(), tr("&Bindings"));
    m_tabs->addTab(createRulesTab(), tr("R&ules"));
    m_tabs->addTab(createGrantsTab(), tr("&Grants"));
    m_tabs->addTab(createResolverTab(), tr("Dry &run"));
    m_tabs->addTab(createDriftTab(), tr("ACL &drift"));
    layout->addWidget(m_tabs, 1);
    connect(m_requestButton, &QPushButton::clicked, this, [this] { requestAccess(); });
    connect(refreshButton, &QPushButton::clicked, this, &ChannelsView::refresh);
    applyRole();   // no editing actions until the first listing says whose role it is
    m_roleLabel->setText(tr("Loading…"));
    refresh();
}

ChannelsView::~ChannelsView() = default;

QWidget *ChannelsView::createBindingsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_bindings = new RecordTableModel({tr("Channel"), tr("Key"), tr("Environment"), tr("Cluster"), tr("Topic"), tr("Changed")}, this);
    m_bindingTable = RecordTableModel::createView(m_bindings, QStringLiteral("bindingTable"), page);
    m_bindingTable->setAccessibleName(tr("Bindings"));
    layout->addWidget(m_bindingTable, 1);

    m_bindForm = new QWidget(page);
    auto *form = new QGridLayout(m_bindForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(2);
    m_bindChannel = makeEdit(QStringLiteral("bindChannel"), QStringLiteral("kafka://billing.example.com/invoices"), m_bindForm);
    m_bindEnv = makeEdit(QStringLiteral("bindEnvironment"), tr("environment"), m_bindForm);
    m_bindCluster = new QComboBox(m_bindForm);
    m_bindCluster->setObjectName(QStringLiteral("bindCluster"));
    m_bindCluster->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bindTopic = makeEdit(QStringLiteral("bindTopic"), tr("topic"), m_bindForm);
    m_bindForce = new QCheckBox(tr("Even if not in the catalog"), m_bindForm);
    m_bindForce->setObjectName(QStringLiteral("bindForce"));
    auto *bindButton = new QPushButton(tr("B&ind"), m_bindForm);
    bindButton->setObjectName(QStringLiteral("bind"));
    auto *rebindButton = new QPushButton(tr("Rebind (&migrate)"), m_bindForm);
    rebindButton->setObjectName(QStringLiteral("rebind"));
    auto *unbindButton = new QPushButton(tr("U&nbind"), m_bindForm);
    unbindButton->setObjectName(QStringLiteral("unbind"));
    addLabelledRow(form,
                   {{tr("Channe&l"), m_bindChannel, 3}, {tr("&Environment"), m_bindEnv, 1},
                    {tr("Clu&ster"), m_bindCluster, 0}, {tr("T&opic"), m_bindTopic, 2}},
                   {m_bindForce, bindButton, rebindButton, unbindButton});
    layout->addWidget(m_bindForm);

    connect(bindButton, &QPushButton::clicked, this, [this] { bind(false); });
    connect(rebindButton, &QPushButton::clicked, this, [this] { bind(true); });
    connect(unbindButton, &QPushButton::clicked, this, &ChannelsView::unbind);
    connect(m_bindingTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_bindingTable->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const RecordTableModel::Row &row = m_bindings->row(rows.first().row());
        m_bindChannel->setText(row.cells.value(0));
        m_bindEnv->setText(row.cells.value(2));
        const int index = m_bindCluster->findData(row.cells.value(3));
        if (index >= 0)
            m_bindCluster->setCurrentIndex(index);
        m_bindTopic->setText(row.cells.value(4));
        m_resolveChannel->setText(row.cells.value(0));
    });
    return page;
}

QWidget *ChannelsView::createRulesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *help = new QLabel(tr("A rule routes every channel whose host and path match its patterns: '*' stands for one host "
                               "label or one path segment; in the topic template {N} is path segment N (from 0) and {key} "
                               "the last one. Explicit bindings win; among rules, the most specific."),
                            page);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_rules = new RecordTableModel({tr("#"), tr("Environment"), tr("Host"), tr("Path"), tr("Topic template"), tr("Cluster")}, this);
    m_ruleTable = RecordTableModel::createView(m_rules, QStringLiteral("ruleTable"), page);
    m_ruleTable->setAccessibleName(tr("Rules"));
    layout->addWidget(m_ruleTable, 1);
    m_ruleForm = new QWidget(page);
    auto *form = new QGridLayout(m_ruleForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(2);
    m_ruleEnv = makeEdit(QStringLiteral("ruleEnvironment"), tr("environment"), m_ruleForm);
    m_ruleHost = makeEdit(QStringLiteral("ruleHost"), QStringLiteral("example.org"), m_ruleForm);
    m_rulePath = makeEdit(QStringLiteral("rulePath"), QStringLiteral("t1/*"), m_ruleForm);
    m_ruleTemplate = makeEdit(QStringLiteral("ruleTemplate"), QStringLiteral("c1{1}"), m_ruleForm);
    m_ruleCluster = new QComboBox(m_ruleForm);
    m_ruleCluster->setObjectName(QStringLiteral("ruleCluster"));
    m_ruleCluster->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *add = new QPushButton(tr("Add ru&le"), m_ruleForm);
    add->setObjectName(QStringLiteral("addRule"));
    m_ruleRemove = new QPushButton(tr("Re&move"), m_ruleForm);
    m_ruleRemove->setObjectName(QStringLiteral("removeRule"));
    addLabelledRow(form,
                   {{tr("&Environment"), m_ruleEnv, 1}, {tr("Hos&t pattern"), m_ruleHost, 2}, {tr("&Path pattern"), m_rulePath, 2},
                    {tr("T&opic template"), m_ruleTemplate, 2}, {tr("Clu&ster"), m_ruleCluster, 0}},
                   {add, m_ruleRemove});
    layout->addWidget(m_ruleForm);
    connect(add, &QPushButton::clicked, this, &ChannelsView::addRule);
    connect(m_ruleRemove, &QPushButton::clicked, this, &ChannelsView::removeRule);
    return page;
}

QWidget *ChannelsView::createGrantsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_grants = new RecordTableModel({tr("#"), tr("Application"), tr("Intent"), tr("Channel"), tr("Consumer group"), tr("Granted"),
                                     tr("By")},
                                    this);
    m_grantTable = RecordTableModel::createView(m_grants, QStringLiteral("grantTable"), page);
    m_grantTable->setAccessibleName(tr("Grants"));
    layout->addWidget(m_grantTable, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_provision = new QPushButton(tr("&Provision ACLs"), page);
    m_provision->setObjectName(QStringLiteral("provision"));
    m_revoke = new QPushButton(tr("Rev&oke"), page);
    m_revoke->setObjectName(QStringLiteral("revoke"));
    m_revoke->setToolTip(tr("Revokes the grant and deletes exactly the ACLs it created"));
    buttons->addWidget(m_provision);
    buttons->addWidget(m_revoke);
    layout->addLayout(buttons);
    connect(m_provision, &QPushButton::clicked, this, &ChannelsView::provisionGrant);
    connect(m_revoke, &QPushButton::clicked, this, &ChannelsView::revokeGrant);
    return page;
}

QWidget *ChannelsView::createResolverTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_resolveApp = new QComboBox(page);
    m_resolveApp->setObjectName(QStringLiteral("resolveApplication"));
    m_resolveChannel = makeEdit(QStringLiteral("resolveChannel"), QStringLiteral("kafka://billing.example.com/invoices"), page);
    m_resolveEnv = makeEdit(QStringLiteral("resolveEnvironment"), tr("empty: the channel's only environment"), page);
    m_resolveIntent = new QComboBox(page);
    m_resolveIntent->setObjectName(QStringLiteral("resolveIntent"));
    m_resolveIntent->addItem(tr("Produce"), QStringLiteral("produce"));
    m_resolveIntent->addItem(tr("Consume"), QStringLiteral("consume"));
    m_resolveIntent->addItem(tr("Any grant"), QStringLiteral("any"));
    m_resolveGroup = makeEdit(QStringLiteral("resolveGroup"), tr("consumer group (optional)"), page);
    form->addRow(tr("A&pplication:"), m_resolveApp);
    form->addRow(tr("Channe&l:"), m_resolveChannel);
    form->addRow(tr("&Environment:"), m_resolveEnv);
    form->addRow(tr("&Intent:"), m_resolveIntent);
    form->addRow(tr("Consumer gr&oup:"), m_resolveGroup);
    layout->addLayout(form);
    m_resolveButton = new QPushButton(tr("Re&solve"), page);
    m_resolveButton->setObjectName(QStringLiteral("resolve"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_resolveButton);
    row->addStretch();
    layout->addLayout(row);
    m_resolveResult = new QLabel(page);
    m_resolveResult->setObjectName(QStringLiteral("resolverResult"));
    m_resolveResult->setWordWrap(true);
    m_resolveResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resolveResult);
    layout->addStretch();
    connect(m_resolveButton, &QPushButton::clicked, this, &ChannelsView::runResolver);
    connect(m_resolveChannel, &QLineEdit::returnPressed, this, &ChannelsView::runResolver);
    return page;
}

QWidget *ChannelsView::createDriftTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_driftCluster = new QComboBox(page);
    m_driftCluster->setObjectName(QStringLiteral("driftCluster"));
    m_driftLive = new QPushButton(tr("Compare with the c&luster"), page);
    m_driftLive->setObjectName(QStringLiteral("driftLive"));
    m_driftCrawled = new QPushButton(tr("Compare with the last cra&wl"), page);
    m_driftCrawled->setObjectName(QStringLiteral("driftCrawled"));
    row->addWidget(m_driftCluster);
    row->addWidget(m_driftLive);
    row->addWidget(m_driftCrawled);
    row->addStretch();
    layout->addLayout(row);
    m_drift = new RecordTableModel({tr("Finding"), tr("Cluster"), tr("ACL"), tr("Explanation")}, this);
    QTableView *driftTable = RecordTableModel::createView(m_drift, QStringLiteral("driftTable"), page);
    driftTable->setAccessibleName(tr("ACL drift"));
    layout->addWidget(driftTable, 1);
    m_driftSummary = new QLabel(page);
    m_driftSummary->setObjectName(QStringLiteral("driftSummary"));
    m_driftSummary->setWordWrap(true);
    layout->addWidget(m_driftSummary);
    connect(m_driftLive, &QPushButton::clicked, this, [this] { runDrift(false); });
    connect(m_driftCrawled, &QPushButton::clicked, this, [this] { runDrift(true); });
    return page;
}

void ChannelsView::applyRole()
{
    if (m_loaded)
        m_roleLabel->setText(tr("Role: %1").arg(RoleSetting::displayName(m_role)));
    const bool platform = m_loaded && m_role == Role::PlatformEngineer;
    m_bindForm->setVisible(platform);
    m_ruleForm->setVisible(platform);
    m_revoke->setVisible(platform);
    m_provision->setVisible(platform);
    m_driftLive->setEnabled(platform && !m_busy);
    m_driftCrawled->setEnabled(!m_busy);
}

void ChannelsView::refresh()
{
    const quint64 generation = ++m_generation;
    auto future = m_runner->run([](const Database &db) -> Result<Listing> {
        Listing listing;
        listing.role = RoleSetting::current(db);
        auto model = RoutingModelStore::load(db);
        if (!model) {
            listing.error = model.error();
            return listing;
        }
        listing.model = std::move(*model);
        if (auto bindings = ChannelStore(db).bindings())
            listing.bindings = std::move(*bindings);
        if (auto rules = RuleStore(db).list())
            listing.rules = std::move(*rules);
        if (auto grants = GrantStore(db).list())
            listing.grants = std::move(*grants);
        if (auto clusters = ClusterStore(db).list())
            listing.clusters = std::move(*clusters);
        return listing;
    });
    onResultReady(future, this, [this, generation](const Result<Listing> &listing) {
        // A newer refresh is under way: its listing knows about a later change.
        if (generation != m_generation)
            return;
        if (!listing) {   // the worker could not open the catalog
            if (!m_loaded)
                m_roleLabel->clear();   // not "Loading…" for ever
            m_messageBar->showMessage(tr("Cannot read the channels: %1").arg(listing.error()), MessageBar::Type::Error);
            return;
        }
        showListing(*listing);
    });
}

void ChannelsView::showListing(const Listing &listing)
{
    m_loaded = true;
    m_role = listing.role;
    applyRole();
    if (!listing.error.isEmpty()) {
        m_messageBar->showMessage(tr("Cannot read the channels: %1").arg(listing.error), MessageBar::Type::Error);
        return;
    }
    const RoutingModel *model = &listing.model;
    QList<RecordTableModel::Row> rows;
    for (const BindingInfo &b : listing.bindings)
        rows.append({{b.binding.channel, b.binding.channel.section(QLatin1Char('/'), -1), b.binding.environment, b.cluster,
                      b.binding.topic, QLocale().toString(b.updatedAt.toLocalTime(), QLocale::ShortFormat)},
                     b.binding.channel,
                     b.forced ? tr("Bound although the catalog did not know the topic") : QString()});
    m_bindings->setRows(rows);

    rows.clear();
    for (const RuleInfo &r : listing.rules)
        rows.append({{QString::number(r.rule.id), r.rule.environment, r.rule.hostPattern, r.rule.pathPattern,
                      r.rule.topicTemplate, r.cluster},
                     r.rule.id,
                     RulePattern::describe(r.rule)});
    m_rules->setRows(rows);

    rows.clear();
    for (const GrantRecord &g : listing.grants)
        rows.append({{QString::number(g.grant.id), g.application, intentName(g.grant.intent), g.grant.channel,
                      g.grant.consumerGroup + (g.grant.groupIsPrefix ? QStringLiteral("*") : QString()),
                      QLocale().toString(g.createdAt.toLocalTime(), QLocale::ShortFormat), g.createdBy},
                     g.grant.id,
                     g.requestUuid.isEmpty() ? QString() : tr("From request %1").arg(g.requestUuid)});
    m_grants->setRows(rows);
    for (QTableView *table : {m_bindingTable, m_ruleTable, m_grantTable})
        table->resizeColumnsToContents();

    const QString app = m_resolveApp->currentData().toString();
    m_resolveApp->clear();
    for (const Application &a : model->applications)
        m_resolveApp->addItem(a.name, a.name);
    if (const int index = m_resolveApp->findData(app); index >= 0)
        m_resolveApp->setCurrentIndex(index);
    fillClusters(m_bindCluster, listing.clusters);
    fillClusters(m_ruleCluster, listing.clusters);
    const QString driftKeep = m_driftCluster->currentData().toString();
    m_driftCluster->clear();
    m_driftCluster->addItem(tr("All clusters"), QString());
    for (const RoutedCluster &c : model->clusters)
        m_driftCluster->addItem(c.name, c.name);
    if (const int index = m_driftCluster->findData(driftKeep); index >= 0)
        m_driftCluster->setCurrentIndex(index);
    emit refreshed();
}
QVariant ChannelsView::selectedKey(QTableView *table) const
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QVariant() : rows.first().data(RecordTableModel::KeyRole);
}

void ChannelsView::bind(bool rebind)
{
    const QString uri = m_bindChannel->text().trimmed();
    const QString env = m_bindEnv->text().trimmed();
    const QString cluster = m_bindCluster->currentData().toString();
    const QString topic = m_bindTopic->text().trimmed();
    const bool force = m_bindForce->isChecked();
    if (rebind) {
        if (m_busy)
            return;
        // Off the GUI thread: the grants' ACLs follow the binding on the cluster.
        runInBackground(tr("Moving %1 in %2 to %3 on %4…").arg(uri, env, topic, cluster),
                        [uri, env, cluster, topic, force](const Database &db) {
                            return ChannelMigration(db).rebind(uri, env, cluster, topic, force);
                        },
                        [this, uri, env, cluster, topic](const Result<MigrationOutcome> &moved) {
                            if (!moved) {
                                m_messageBar->showMessage(moved.error(), MessageBar::Type::Error);
                                return;
                            }
                            QStringList text{tr("Moved %1 in %2 to %3 on %4; clients follow at their next refresh.")
                                                 .arg(uri, env, topic, cluster)};
                            text += moved->binding.warnings;
                            int created = 0;
                            int deleted = 0;
                            for (const GrantAclFollowUp &g : moved->grants) {
                                if (g.report) {
                                    created += int(g.report->created.size());
                                    deleted += int(g.report->deleted.size());
                                } else {
                                    text.append(g.error);
                                }
                            }
                            if (!moved->grants.isEmpty() && moved->aclsFollowed())
                                text.append(tr("The grants' ACLs followed: %1 created, %2 deleted.").arg(created).arg(deleted));
                            const bool clean = moved->binding.warnings.isEmpty() && moved->aclsFollowed();
                            m_messageBar->showMessage(text.join(QLatin1Char(' ')),
                                                      !moved->aclsFollowed() ? MessageBar::Type::Error
                                                      : clean                ? MessageBar::Type::Positive
                                                                             : MessageBar::Type::Warning);
                        });
        return;
    }
    auto job = [uri, env, cluster, topic, force](const Database &db) { return ChannelStore(db).bind(uri, env, cluster, topic, force); };
    m_work->write({}, job, [this, uri, env, cluster, topic](const auto &outcome) {
        if (!outcome) {
            m_messageBar->showMessage(outcome.error(), MessageBar::Type::Error);
            return;
        }
        refresh();
        QString text = tr("Bound %1 in %2 to %3 on %4.").arg(uri, env, topic, cluster);
        if (!outcome->warnings.isEmpty())
            text += QLatin1Char(' ') + outcome->warnings.join(QLatin1Char(' '));
        m_messageBar->showMessage(text, outcome->warnings.isEmpty() ? MessageBar::Type::Positive : MessageBar::Type::Warning);
    });
}

void ChannelsView::unbind()
{
    const QString uri = m_bindChannel->text().trimmed();
    const QString env = m_bindEnv->text().trimmed();
    auto job = [uri, env](const Database &db) -> Result<bool> {
        if (auto st = ChannelStore(db).unbind(uri, env); !st)
            return makeError(st.error());
        return true;
    };
    m_work->write({}, job, [this, uri, env](const Result<bool> &unbound) {
        if (!unbound) {
            m_messageBar->showMessage(unbound.error(), MessageBar::Type::Error);
            return;
        }
        refresh();
        m_messageBar->showMessage(tr("Unbound %1 in %2.").arg(uri, env), MessageBar::Type::Information);
    });
}

void ChannelsView::addRule()
{
    PatternRule rule{0, m_ruleEnv->text(), m_ruleHost->text(), m_rulePath->text(), m_ruleTemplate->text(), 0, {}};
    const QString cluster = m_ruleCluster->currentData().toString();
    m_work->write({}, [rule, cluster](const Database &db) { return RuleStore(db).add(rule, cluster); },
                  [this](const auto &added) {
                      if (!added) {
                          m_messageBar->showMessage(added.error(), MessageBar::Type::Error);
                          return;
                      }
                      refresh();
                      m_messageBar->showMessage(tr("Added rule %1 in %2.").arg(RulePattern::describe(*added), added->environment),
                                                MessageBar::Type::Positive);
                  });
}

void ChannelsView::removeRule()
{
    const QVariant key = selectedKey(m_ruleTable);
    if (!key.isValid())
        return;
    auto job = [id = key.toLongLong()](const Database &db) -> Result<bool> {
        if (auto st = RuleStore(db).remove(id); !st)
            return makeError(st.error());
        return true;
    };
    m_work->write({}, job, [this](const Result<bool> &removed) {
        if (!removed)
            m_messageBar->showMessage(removed.error(), MessageBar::Type::Error);
        else
            refresh();
    });
}

template<typename Job, typename Done>
void ChannelsView::runInBackground(const QString &busyText, Job job, Done done)
{
    m_busy = true;
    applyRole();
    // On the runner's writer; the result is dropped when the view is gone.
    m_work->write(busyText, std::move(job), [this, done](const auto &result) {
        m_busy = false;
        refresh();
        done(result);
    });
}

void ChannelsView::provisionGrant()
{
    const QVariant key = selectedKey(m_grantTable);
    if (!key.isValid() || m_busy)
        return;
    const qint64 id = key.toLongLong();
    runInBackground(tr("Provisioning the ACLs of grant #%1…").arg(id),
                    [id](const Database &db) { return AclProvisioner(db).provision(id); },
                    [this, id](const Result<ProvisionReport> &r) {
                        if (!r) {
                            m_messageBar->showMessage(tr("Provisioning failed: %1").arg(r.error()), MessageBar::Type::Error);
                            return;
                        }
                        QString text = tr("Grant #%1: %n ACL(s) created, %2 in place already.", nullptr, int(r->created.size()))
                                           .arg(id).arg(r->present.size());
                        if (!r->notes.isEmpty())
                            text += QLatin1Char(' ') + r->notes.join(QLatin1Char(' '));
                        m_messageBar->showMessage(text, r->notes.isEmpty() ? MessageBar::Type::Positive : MessageBar::Type::Warning);
                    });
}

void ChannelsView::revokeGrant()
{
    const QVariant key = selectedKey(m_grantTable);
    if (!key.isValid() || m_busy)
        return;
    const qint64 id = key.toLongLong();
    runInBackground(tr("Revoking grant #%1…").arg(id),
                    [id](const Database &db) { return AclProvisioner(db).revoke(id); },
                    [this, id](const Result<ProvisionReport> &r) {
                        if (!r) {
                            m_messageBar->showMessage(tr("Revoking failed: %1").arg(r.error()), MessageBar::Type::Error);
                            return;
                        }
                        m_messageBar->showMessage(tr("Revoked grant #%1; %n ACL(s) deleted, %2 kept for other grants.", nullptr,
                                                         int(r->deleted.size()))
                                                      .arg(id).arg(r->kept.size()),
                                                  MessageBar::Type::Positive);
                    });
}

void ChannelsView::runDrift(bool crawled)
{
    if (m_busy)
        return;
    const QString cluster = m_driftCluster->currentData().toString();
    runInBackground(
        crawled ? tr("Comparing the last crawl's ACLs with the grants…") : tr("Reading the cluster's ACLs…"),
        [cluster, crawled](const Database &db) { return crawled ? DriftReport::crawled(db, cluster) : DriftReport::live(db, cluster); },
        [this](const Result<DriftReport> &r) {
            if (!r) {
                m_messageBar->showMessage(tr("Drift report failed: %1").arg(r.error()), MessageBar::Type::Error);
                return;
            }
            QList<RecordTableModel::Row> rows;
            for (const MissingAcl &m : r->missing)
                rows.append({{tr("Missing"), m.acl.cluster, aclText(m.acl.acl),
                              tr("grant #%1: %2 %3 %4").arg(m.grantId).arg(m.application, intentName(m.intent), m.channel)},
                             m.grantId,
                             {}});
            for (const UnexplainedAcl &u : r->unexplained)
                rows.append({{tr("Unexplained"), u.acl.cluster, aclText(u.acl.acl),
                              u.application.isEmpty() ? tr("no grant; not an application's principal")
                                                      : tr("no grant; principal of %1").arg(u.application)},
                             {},
                             {}});
            m_drift->setRows(rows);
            m_driftSummary->setText(r->clean() ? tr("No drift on %1.").arg(r->clusters.join(QStringLiteral(", ")))
                                               : tr("%1 missing, %2 unexplained on %3. %4")
                                                     .arg(r->missing.size())
                                                     .arg(r->unexplained.size())
                                                     .arg(r->clusters.join(QStringLiteral(", ")), r->notes.join(QLatin1Char(' '))));
        });
}

void ChannelsView::resolve(const QString &application, const QString &channel, const QString &intent,
                           const QString &environment, const QString &group)
{
    const int app = m_resolveApp->findData(application);
    if (app >= 0)
        m_resolveApp->setCurrentIndex(app);
    m_resolveChannel->setText(channel);
    const int in = m_resolveIntent->findData(intent);
    if (in >= 0)
        m_resolveIntent->setCurrentIndex(in);
    m_resolveEnv->setText(environment);
    m_resolveGroup->setText(group);
    runResolver();
}

void ChannelsView::runResolver()
{
    ResolveQuery q;
    q.application = m_resolveApp->currentData().toString();
    q.channel = m_resolveChannel->text();
    q.environment = m_resolveEnv->text().trimmed();
    q.consumerGroup = m_resolveGroup->text().trimmed();
    const QString intent = m_resolveIntent->currentData().toString();
    if (intent != QLatin1String("any"))
        q.intent = parseIntent(intent);
    // The model as the catalog holds it now, read on the runner; the resolver itself is pure.
    m_resolveResult->clear();
    const quint64 generation = ++m_resolveGeneration;
    m_work->read({}, [q](const Database &db) -> Result<ResolveOutcome> {
        auto model = RoutingModelStore::load(db);
        if (!model)
            return makeError(model.error());
        return Resolver::resolve(*model, q);
    }, [this, generation](const Result<ResolveOutcome> &outcome) {
        if (generation != m_resolveGeneration)
            return;   // a later dry run was asked for
        if (!outcome) {
            m_resolveResult->setText(outcome.error());
            return;
        }
        const ResolveOutcome &r = *outcome;
        if (!r) {
            m_resolveResult->setText(tr("✗ %1").arg(r.message()));
            return;
        }
        m_resolveResult->setText(tr("✓ %1 → topic %2 on cluster %3 (%4), environment %5, by %6; allowed by grant #%7 (%8).")
                                     .arg(r->route.channel.toString(), r->route.topic, r->route.cluster.name,
                                          r->route.cluster.bootstrapServers, r->route.environment,
                                          r->route.source == Route::Source::Binding ? tr("binding") : tr("rule"))
                                     .arg(r->grant.id)
                                     .arg(intentName(r->grant.intent)));
    });
}

RequestAccessDialog *ChannelsView::requestAccess()
{
    auto *dialog = new RequestAccessDialog(m_catalog, m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QVariant key = selectedKey(m_bindingTable);
    if (key.isValid())
        dialog->setChannel(key.toString());
    connect(dialog, &RequestAccessDialog::requestFiled, this, [this](const AccessRequest &request) {
        m_messageBar->showMessage(tr("Filed a request for %1 to %2 %3.").arg(request.application, intentName(request.intent), request.channel),
                                  MessageBar::Type::Positive);
        emit requestsChanged();
    });
    dialog->open();
    return dialog;
}

} // namespace Switchboard
