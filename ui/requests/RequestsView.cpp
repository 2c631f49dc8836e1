#include "requests/RequestsView.h"

#include "main/BusyWork.h"
#include "main/QueryRunner.h"

#include "audit/AuditLog.h"
#include "push/RoutingServiceStore.h"
#include "requests/ApprovalService.h"
#include "requests/DecisionDialog.h"
#include "requests/RequestAccessDialog.h"
#include "requests/RequestTableModel.h"
#include "store/Database.h"
#include "widgets/ColumnChooser.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace Switchboard {

RequestsView::RequestsView(Database &catalog, QWidget *parent) : RequestsView(catalog, nullptr, parent) {}

RequestsView::RequestsView(Database &catalog, QueryRunner *runner, QWidget *parent) : QWidget(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("requestsView"));
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);
    m_work = new BusyWork(runner ? runner : new QueryRunner(catalog.path(), this), m_messageBar, this);

    auto *bar = new QHBoxLayout;
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    bar->addWidget(m_roleLabel);
    bar->addSpacing(12);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    bar->addWidget(showLabel);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    showLabel->setBuddy(m_stateFilter);
    m_stateFilter->addItem(tr("All requests"), QString());
    for (RequestState s : {RequestState::Pending, RequestState::Approved, RequestState::Declined, RequestState::Withdrawn})
        m_stateFilter->addItem(requestStateDisplayName(s), requestStateName(s));
    bar->addWidget(m_stateFilter);
    bar->addStretch();
    m_request = new QPushButton(tr("Re&quest access…"), this);
    m_request->setObjectName(QStringLiteral("requestAccess"));
    m_approve = new QPushButton(tr("A&pprove…"), this);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_decline = new QPushButton(tr("&Decline…"), this);
    m_decline->setObjectName(QStringLiteral("decline"));
    m_withdraw = new QPushButton(tr("&Withdraw"), this);
    m_withdraw->setObjectName(QStringLiteral("withdraw"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setToolTip(tr("Read the requests again (F5)"));
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, m_refresh, &QPushButton::click);
    for (QPushButton *b : {m_request, m_approve, m_decline, m_withdraw, m_refresh})
        bar->addWidget(b);
    layout->addLayout(bar);

    m_model = new RequestTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(RequestTableModel::State);
    m_proxy->setFilterRole(RequestTableModel::StateRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_table->setAccessibleName(tr("Access requests"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    // One line per request, each column as wide as what it holds (the reason, last, takes the
    // rest and shows in full in its tooltip and below the table); columns can be picked from
    // the header's context menu and are remembered.
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setResizeContentsPrecision(200);
    for (int c = 0; c < RequestTableModel::Reason; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    new ColumnChooser(header, QStringLiteral("requests/header"));
    layout->addWidget(m_table, 1);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFilterFixedString(m_stateFilter->currentData().toString());
        updateActions();
        showDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetail();
    });
    connect(m_request, &QPushButton::clicked, this, [this] { requestAccess(); });
    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_decline, &QPushButton::clicked, this, [this] { declineSelected(); });
    connect(m_withdraw, &QPushButton::clicked, this, &RequestsView::withdrawSelected);
    connect(m_refresh, &QPushButton::clicked, this, &RequestsView::refresh);
    connect(m_messageBar, &MessageBar::actionTriggered, this, [this] {
        if (std::exchange(m_pushOffered, false))
            emit pushRequested();
    });
    refresh();
    // The owner connects to pendingCountChanged after construction: tell it once more then.
    QMetaObject::invokeMethod(this, [this] { emit pendingCountChanged(m_pendingCount); }, Qt::QueuedConnection);
}

void RequestsView::setStateFilter(std::optional<RequestState> state)
{
    const int index = m_stateFilter->findData(state ? requestStateName(*state) : QString());
    m_stateFilter->setCurrentIndex(std::max(0, index));
}

void RequestsView::refresh()
{
    struct Listing {
        Role role = Role::PlatformEngineer;
        QList<AccessRequest> requests;
    };
    const quint64 generation = ++m_generation;
    m_work->read({}, [](const Database &db) -> Result<Listing> {
        Listing listing;
        listing.role = RoleSetting::current(db);
        auto list = RequestStore(db).list();
        if (!list)
            return makeError(list.error());
        listing.requests = std::move(*list);
        return listing;
    }, [this, generation](const Result<Listing> &listing) {
        // Refreshes overlap (every decision and role change asks for one): only the latest lands.
        if (generation != m_generation)
            return;
        if (!listing) {
            m_messageBar->showMessage(tr("Cannot read the requests: %1").arg(listing.error()), MessageBar::Type::Error);
            return;
        }
        showListing(listing->role, listing->requests);
        emit refreshed();
    });
}

void RequestsView::showListing(Role role, const QList<AccessRequest> &requests)
{
    m_loaded = true;
    m_role = role;
    m_roleLabel->setText(tr("Role: %1").arg(RoleSetting::displayName(m_role)));
    // A request just filed is selected once it is listed; otherwise the selection stays.
    const QString pendingSelection = std::exchange(m_selectAfterRefresh, QString());
    const QString keep = !pendingSelection.isEmpty() ? pendingSelection : selected() ? selected()->uuid : QString();
    m_model->setRequests(requests);
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectRequest(keep);
    int pending = 0;
    for (const AccessRequest &r : requests)
        pending += r.state == RequestState::Pending ? 1 : 0;
    if (pending != m_pendingCount) {
        m_pendingCount = pending;
        emit pendingCountChanged(pending);
    }
    updateActions();
    showDetail();
}

std::optional<AccessRequest> RequestsView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    if (!source.isValid())
        return std::nullopt;
    return m_model->request(source.row());
}

bool RequestsView::selectRequest(const QString &uuid)
{
    const int row = m_model->rowOfUuid(uuid);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RequestsView::updateActions()
{
    const bool platform = m_role == Role::PlatformEngineer;
    const auto request = selected();
    const bool pending = request && request->state == RequestState::Pending;
    // Each role sees only its actions.
    m_approve->setVisible(m_loaded && platform);
    m_decline->setVisible(m_loaded && platform);
    m_withdraw->setVisible(m_loaded && !platform);
    m_approve->setEnabled(pending && !m_busy);
    m_decline->setEnabled(pending && !m_busy);
    m_withdraw->setEnabled(pending && !m_busy && request->author == AuditLog::currentActor());
}

void RequestsView::showDetail()
{
    const auto r = selected();
    if (!r) {
        m_detail->setText(tr("<i>Select a request to see its justification and decision.</i>"));
        return;
    }
    QStringList lines;
    lines << tr("<b>%1</b> · %2 · filed by %3 on %4")
                 .arg(r->channel.toHtmlEscaped(), requestStateDisplayName(r->state), r->author.toHtmlEscaped(),
                      QLocale().toString(r->createdAt.toLocalTime(), QLocale::ShortFormat));
    if (!r->justification.isEmpty())
        lines << tr("Justification: %1").arg(r->justification.toHtmlEscaped());
    if (r->proposesBinding())
        lines << tr("New channel: bind in %1 to topic %2 on %3")
                     .arg(r->proposedEnvironment.toHtmlEscaped(), r->proposedTopic.toHtmlEscaped(), r->proposedCluster.toHtmlEscaped());
    if (r->state != RequestState::Pending) {
        lines << tr("%1 by %2 on %3").arg(requestStateDisplayName(r->state), r->decidedBy.toHtmlEscaped(),
                                          QLocale().toString(r->decidedAt.toLocalTime(), QLocale::ShortFormat));
        if (!r->reason.isEmpty())
            lines << tr("Reason: %1").arg(r->reason.toHtmlEscaped());
    }
    m_detail->setText(lines.join(QStringLiteral("<br>")));
}

RequestAccessDialog *RequestsView::requestAccess()
{
    auto *dialog = new RequestAccessDialog(m_catalog, m_work->runner(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RequestAccessDialog::requestFiled, this, [this](const AccessRequest &request) {
        m_selectAfterRefresh = request.uuid;
        refresh();
        m_messageBar->showMessage(tr("Filed request for %1 to %2 %3; a platform engineer decides.")
                                      .arg(request.application, intentName(request.intent), request.channel),
                                  MessageBar::Type::Positive);
        emit requestsChanged();
    });
    dialog->open();
    return dialog;
}

RequestAccessDialog *RequestsView::requestAccessForTopic(const QString &cluster, const QString &topic)
{
    RequestAccessDialog *dialog = requestAccess();
    dialog->setTopic(cluster, topic);
    return dialog;
}

RequestAccessDialog *RequestsView::requestAccessForChannel(const QString &uri)
{
    RequestAccessDialog *dialog = requestAccess();
    dialog->setChannel(uri);
    return dialog;
}

DecisionDialog *RequestsView::approveSelected()
{
    const auto request = selected();
    if (!request || request->state != RequestState::Pending || m_role != Role::PlatformEngineer)
        return nullptr;
    auto *dialog = new DecisionDialog(*request, DecisionDialog::Mode::Approve, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString uuid = request->uuid;
    connect(dialog, &QDialog::accepted, this, [this, dialog, uuid] { runApproval(uuid, dialog->approveOptions()); });
    dialog->open();
    return dialog;
}

void RequestsView::runApproval(const QString &uuid, const ApproveOptions &options)
{
    m_busy = true;
    updateActions();
    // Creating topics and ACLs talks to the cluster: off the GUI thread, on the runner's writer.
    auto job = [uuid, options](const Database &db) { return ApprovalService(db).approve(uuid, options); };
    m_work->write(tr("Approving…"), job, [this](const Result<ApprovalResult> &result) {
        m_busy = false;
        refresh();
        if (!result) {
            m_messageBar->showMessage(tr("Approval failed: %1").arg(result.error()), MessageBar::Type::Error);
            return;
        }
        QString text = tr("Approved: %1 may %2 %3 (grant #%4).")
                           .arg(result->outcome.request.application, intentName(result->outcome.request.intent),
                                result->outcome.request.channel)
                           .arg(result->outcome.grant.grant.id);
        if (result->acls)
            text += QLatin1Char(' ') + tr("%n ACL(s) created.", nullptr, int(result->acls->created.size()));
        if (!result->warnings.isEmpty())
            text += QLatin1Char(' ') + result->warnings.join(QLatin1Char(' '));
        offerPush(text, result->warnings.isEmpty() ? MessageBar::Type::Positive : MessageBar::Type::Warning);
        emit requestsChanged();
    });
}

void RequestsView::offerPush(const QString &approvedText, MessageBar::Type type)
{
    m_messageBar->showMessage(approvedText, type);
    // Clients see the grant only once the routing services hold it: offer the push unless it is
    // automatic (then the Routing view's controller pushes by itself).
    struct Services {
        int count = 0;
        bool automatic = false;
    };
    auto job = [](const Database &db) -> Result<Services> {
        auto services = RoutingServiceStore(db).list();
        if (!services)
            return makeError(services.error());
        return Services{int(services->size()), RoutingServiceStore::autoPush(db)};
    };
    m_work->read({}, job, [this, approvedText, type](const Result<Services> &services) {
        if (!services || services->count == 0 || services->automatic)
            return;
        m_pushOffered = true;
        const QString sentence = approvedText.endsWith(QLatin1Char('.')) ? approvedText : approvedText + QLatin1Char('.');
        m_messageBar->showMessage(sentence + QLatin1Char(' ')
                                      + tr("The routing services answer with it after a push."),
                                  type, tr("&Push to %n routing service(s)", nullptr, services->count));
    });
}

DecisionDialog *RequestsView::declineSelected()
{
    const auto request = selected();
    if (!request || request->state != RequestState::Pending || m_role != Role::PlatformEngineer)
        return nullptr;
    auto *dialog = new DecisionDialog(*request, DecisionDialog::Mode::Decline, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString uuid = request->uuid;
    connect(dialog, &QDialog::accepted, this, [this, dialog, uuid] {
        auto job = [uuid, reason = dialog->reason()](const Database &db) -> Result<bool> {
            if (auto st = RequestStore(db).decline(uuid, reason); !st)
                return makeError(st.error());
            return true;
        };
        m_work->write({}, job, [this](const Result<bool> &declined) {
            refresh();
            if (!declined) {
                m_messageBar->showMessage(tr("Declining failed: %1").arg(declined.error()), MessageBar::Type::Error);
                return;
            }
            m_messageBar->showMessage(tr("Declined; the requester sees your reason."), MessageBar::Type::Positive);
            emit requestsChanged();
        });
    });
    dialog->open();
    return dialog;
}

void RequestsView::withdrawSelected()
{
    const auto request = selected();
    if (!request)
        return;
    auto job = [uuid = request->uuid](const Database &db) -> Result<bool> {
        if (auto st = RequestStore(db).withdraw(uuid); !st)
            return makeError(st.error());
        return true;
    };
    m_work->write({}, job, [this](const Result<bool> &withdrawn) {
        refresh();
        if (!withdrawn) {
            m_messageBar->showMessage(tr("Withdrawing failed: %1").arg(withdrawn.error()), MessageBar::Type::Error);
            return;
        }
        m_messageBar->showMessage(tr("Request withdrawn."), MessageBar::Type::Information);
        emit requestsChanged();
    });
}

} // namespace Switchboard
