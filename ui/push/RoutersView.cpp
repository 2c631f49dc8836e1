#include "push/RoutersView.h"

#include "main/QueryRunner.h"
#include "push/AutoPushController.h"
#include "push/BundlePusher.h"
#include "push/PushRecording.h"
#include "push/RoutingServiceDialog.h"
#include "push/RoutingServiceStore.h"
#include "store/Database.h"
#include "vault/UnlockDialog.h"
#include "vault/Vault.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

enum Column { NameColumn, UrlColumn, VersionColumn, SinceColumn, StateColumn, ErrorColumn };

} // namespace

// What a worker reads for the list: the services and the hash of the current approved state
// (none when it cannot be computed: the states then say "unknown", as before).
struct RoutersView::Listing {
    QList<RoutingService> services;
    std::optional<QString> stateHash;
};

RoutersView::RoutersView(Database &catalog, QWidget *parent) : RoutersView(catalog, nullptr, nullptr, parent) {}

RoutersView::RoutersView(Database &catalog, Vault &vault, QWidget *parent) : RoutersView(catalog, &vault, nullptr, parent) {}

RoutersView::RoutersView(Database &catalog, Vault &vault, QueryRunner *runner, QWidget *parent)
    : RoutersView(catalog, &vault, runner, parent)
{
}

RoutersView::RoutersView(Database &catalog, Vault *shared, QueryRunner *runner, QWidget *parent)
    : QWidget(parent), m_db(catalog), m_ownVault(shared ? nullptr : std::make_unique<Vault>(catalog)),
      m_vault(shared ? shared : m_ownVault.get()), m_runner(runner ? runner : new QueryRunner(catalog.path(), this))
{
    m_messages = new MessageBar(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setObjectName(QStringLiteral("routingServices"));
    m_list->setAccessibleName(tr("Routing services"));
    m_list->setHeaderLabels({tr("Routing service"), tr("URL"), tr("Version held"), tr("Since"), tr("State"), tr("Last error")});
    m_list->header()->setStretchLastSection(true);
    // Names, URLs and states are short and must be read whole; the last error takes the rest.
    for (int c = NameColumn; c < ErrorColumn; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_pushAll = new QPushButton(tr("&Push to all"), this);
    m_pushSelected = new QPushButton(tr("Push to &selected"), this);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setToolTip(tr("Read the routing services and their state again (F5)"));
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &RoutersView::refresh);
    auto *addButton = new QPushButton(tr("&Register…"), this);
    addButton->setObjectName(QStringLiteral("addRouter"));
    auto *editButton = new QPushButton(tr("&Edit…"), this);
    editButton->setObjectName(QStringLiteral("editRouter"));
    m_pushAll->setObjectName(QStringLiteral("pushAll"));
    m_pushSelected->setObjectName(QStringLiteral("pushSelected"));

    m_autoPushBox = new QCheckBox(tr("Push a&utomatically"), this);
    m_autoPushBox->setObjectName(QStringLiteral("autoPush"));
    m_autoPushBox->setToolTip(tr("After every approval, revocation, re-binding, rotation or new token, push the bundle to the "
                                 "routing services that no longer hold the current state. A setting of the catalog: the "
                                 "command-line tool follows it too."));
    m_autoPushStatus = new QLabel(this);
    m_autoPushStatus->setObjectName(QStringLiteral("autoPushStatus"));
    m_autoPushStatus->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(addButton);
    buttons->addWidget(editButton);
    buttons->addWidget(refreshButton);
    buttons->addWidget(m_pushSelected);
    buttons->addWidget(m_pushAll);
    auto *autoRow = new QHBoxLayout;
    autoRow->addWidget(m_autoPushBox);
    autoRow->addWidget(m_autoPushStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addLayout(autoRow);

    m_autoPush = new AutoPushController(m_db, *m_vault, m_runner, this);
    m_autoPushBox->setChecked(m_autoPush->isEnabled());
    connect(m_autoPushBox, &QCheckBox::toggled, this, [this](bool on) { m_autoPush->setEnabled(on); });
    connect(m_autoPush, &AutoPushController::enableFailed, this, [this](const QString &error) {
        m_messages->showMessage(tr("Cannot change the automatic push: %1").arg(error), MessageBar::Type::Error);
        const QSignalBlocker blocker(m_autoPushBox);
        m_autoPushBox->setChecked(m_autoPush->isEnabled());
    });
    connect(m_autoPush, &AutoPushController::stateChanged, this, &RoutersView::showAutoPushState);
    connect(m_autoPush, &AutoPushController::pushFinished, this, &RoutersView::refresh);
    showAutoPushState();

    m_pusher = new BundlePusher(m_db, PushOptions{}, this);
    recordPushesOnWriter(m_pusher, m_runner);
    connect(m_pusher, &BundlePusher::serviceFinished, this,
            [this](const QString &service, bool ok, qint64 version, const QString &message) {
                if (!ok)
                    m_messages->showMessage(tr("%1: push of version %2 failed: %3").arg(service).arg(version).arg(message),
                                            MessageBar::Type::Error);
                refresh();
            });
    connect(m_pusher, &BundlePusher::finished, this, [this](int failures) {
        m_busy = false;
        m_pushAll->setEnabled(true);
        m_pushSelected->setEnabled(true);
        if (!failures)
            m_messages->showMessage(tr("Every routing service holds the current bundle."), MessageBar::Type::Positive);
        refresh();
        Q_EMIT pushFinished(failures);
    });
    connect(refreshButton, &QPushButton::clicked, this, &RoutersView::refresh);
    connect(addButton, &QPushButton::clicked, this, [this] { editService(std::nullopt); });
    connect(editButton, &QPushButton::clicked, this, [this] {
        const auto selected = m_list->selectedItems();
        if (selected.isEmpty())
            return;
        const QString name = selected.first()->text(NameColumn);
        onResultReady(m_runner->run([name](const Database &db) { return RoutingServiceStore(db).find(name); }), this,
                      [this](const Result<std::optional<RoutingService>> &found) {
                          if (!found)
                              m_messages->showMessage(found.error(), MessageBar::Type::Error);
                          else if (found->has_value())
                              editService(**found);
                      });
    });
    connect(m_pushAll, &QPushButton::clicked, this, &RoutersView::pushAll);
    connect(m_pushSelected, &QPushButton::clicked, this, &RoutersView::pushSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_pushSelected->setEnabled(!m_busy && !m_list->selectedItems().isEmpty()); });
    m_pushSelected->setEnabled(false);
    m_pushAll->setEnabled(false);   // until the first listing says there is a service
    m_summary->setText(tr("Loading…"));
    refresh();
}

RoutersView::~RoutersView() = default;

void RoutersView::refresh()
{
    const quint64 generation = ++m_generation;
    auto future = m_runner->run([](const Database &db) -> Result<Listing> {
        auto services = RoutingServiceStore(db).list();
        if (!services)
            return makeError(services.error());
        // The state hash needs no unlocked vault (it covers no secret), so a vault on this
        // worker's own connection will do.
        Vault vault(db);
        auto hash = BundlePusher::currentStateHash(db, vault);
        return Listing{*services, hash ? std::optional<QString>(*hash) : std::nullopt};
    });
    onResultReady(future, this, [this, generation](const Result<Listing> &listing) {
        // A newer refresh is under way: its listing knows about a later change (a push, an edit).
        if (generation != m_generation)
            return;
        if (!listing) {
            m_messages->showMessage(listing.error(), MessageBar::Type::Error);
            if (!m_loaded)
                m_summary->clear();   // not "Loading…" for ever
            return;
        }
        showListing(*listing);
        Q_EMIT refreshed();
    });
}

void RoutersView::showListing(const Listing &listing)
{
    m_loaded = true;
    const QList<RoutingService> &services = listing.services;
    const std::optional<QString> &hash = listing.stateHash;
    m_list->clear();
    int stale = 0;
    for (const RoutingService &s : services) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, s.name);
        item->setText(UrlColumn, s.url);
        item->setText(VersionColumn, s.deployedVersion ? QString::number(s.deployedVersion) : tr("none"));
        item->setText(SinceColumn, s.deployedAt.isValid() ? QLocale().toString(s.deployedAt.toLocalTime(), QLocale::ShortFormat) : QString());
        QString state;
        if (!s.deployedVersion)
            state = tr("never pushed");
        else if (!hash)
            state = tr("unknown");
        else if (s.isStale(*hash))
            state = tr("stale: the catalog changed since");
        else
            state = tr("current");
        if (s.deployedVersion == 0 || (hash && s.isStale(*hash)))
            ++stale;
        item->setText(StateColumn, state);
        item->setText(ErrorColumn, s.lastError);
        if (!s.lastError.isEmpty())
            item->setForeground(ErrorColumn, QBrush(Qt::darkRed));
    }
    if (services.isEmpty())
        m_summary->setText(tr("No routing services registered: Register… (or switchboard-cli router add NAME URL PUBLIC_KEY)."));
    else if (stale)
        m_summary->setText(tr("%n routing service(s) do not hold the current approved state: push.", nullptr, stale));
    else
        m_summary->setText(tr("All routing services hold the current approved state."));
    m_pushAll->setEnabled(!m_busy && !services.isEmpty());
}

void RoutersView::editService(const std::optional<RoutingService> &service)
{
    auto *dialog = new RoutingServiceDialog(m_runner, service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        m_autoPush->checkSoon();
    });
    dialog->open();
}

void RoutersView::showAutoPushState()
{
    m_autoPushStatus->setText(m_autoPush->statusText());
    const auto state = m_autoPush->state();
    m_autoPushStatus->setStyleSheet(state == AutoPushController::State::Failed ? QStringLiteral("color: darkred;")
                                    : state == AutoPushController::State::WaitingForVault ? QStringLiteral("font-weight: bold;")
                                                                                          : QString());
    // The setting may have been changed elsewhere (the CLI, another window).
    if (const bool on = m_autoPush->isEnabled(); m_autoPushBox->isChecked() != on) {
        const QSignalBlocker blocker(m_autoPushBox);
        m_autoPushBox->setChecked(on);
    }
    if (state != AutoPushController::State::Checking && state != AutoPushController::State::Pushing)
        refresh();
}

void RoutersView::pushAll()
{
    push({});
}

void RoutersView::pushSelected()
{
    const auto selected = m_list->selectedItems();
    for (QTreeWidgetItem *item : selected)
        push(item->text(NameColumn));
}

void RoutersView::push(const QString &onlyService)
{
    if (!m_vault->isUnlocked() && !UnlockDialog::ensureUnlocked(*m_vault, this)) {
        m_messages->showMessage(tr("Unlock the vault to push: the bundle carries sealed credentials and is signed with the "
                                   "portal key kept there."), MessageBar::Type::Warning);
        return;
    }
    auto key = m_vault->dataKeyForKeychain();
    if (!key) {
        m_messages->showMessage(key.error(), MessageBar::Type::Error);
        return;
    }
    m_busy = true;
    m_pushAll->setEnabled(false);
    m_pushSelected->setEnabled(false);
    m_messages->showMessage(tr("Compiling and signing the bundle..."), MessageBar::Type::Information);
    auto future = QueryRunner::runTask([path = m_db.path(), dataKey = QByteArray(key->bytes().constData(), key->size()),
                                        onlyService] {
        return BundlePusher::prepareOnOwnConnection(path, dataKey, BundlePusher::Services::All, onlyService);
    });
    // Guarded by this view: a closed view never receives the result.
    onResultReady(future, this, [this](const Result<QList<PreparedPush>> &prepared) {
        if (!prepared) {
            m_busy = false;
            m_pushAll->setEnabled(true);
            m_messages->showMessage(prepared.error(), MessageBar::Type::Error);
            return;
        }
        m_messages->showMessage(tr("Pushing version %1...").arg(prepared->isEmpty() ? 0 : prepared->first().version),
                                MessageBar::Type::Information);
        m_pusher->push(*prepared);
    });
}

} // namespace Switchboard
