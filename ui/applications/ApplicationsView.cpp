#include "applications/ApplicationsView.h"

#include "applications/ApplicationDialog.h"
#include "applications/CredentialDialog.h"
#include "applications/LookupPanel.h"
#include "applications/TokenDialog.h"
#include "channels/RecordTableModel.h"
#include "main/BusyWork.h"
#include "main/QueryRunner.h"
#include "snippets/SnippetDialog.h"
#include "vault/SecretClipboard.h"
#include "vault/UnlockDialog.h"
#include "widgets/MessageBar.h"

#include "clusters/ClusterStore.h"
#include "profiles/ProfileStore.h"
#include "push/RoutingServiceStore.h"
#include "requests/RequestStore.h"
#include "routing/ApplicationStore.h"
#include "routing/GrantStore.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

QString shortTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

// A job on a worker's own connection with a vault of its own, unlocked with the window's data
// key (a Vault belongs to one connection); f: (const Database &, Vault &) -> Result<T>.
template<typename F>
auto withUnlockedVault(QByteArray dataKey, F f)
{
    return [dataKey = std::move(dataKey), f = std::move(f)](const Database &db) {
        Vault vault(db);
        using R = decltype(f(db, vault));
        if (auto st = vault.unlockWithDataKey(SecretBytes(QByteArray(dataKey.constData(), dataKey.size()))); !st)
            return R(makeError(st.error()));
        return f(db, vault);
    };
}

// What a token issue hands back to the GUI thread: the value, to be shown once.
struct Issued {
    qint64 id = 0;
    QString value;
};

} // namespace

struct ApplicationsView::Listing {
    Role role = Role::PlatformEngineer;
    QList<Cluster> clusters;
    QList<Application> applications;
    QList<GrantRecord> grants;
    QList<AccessRequest> requests;
    QList<AppCredential> credentials;
    QList<AppToken> tokens;
    QStringList profiles;
    QList<RoutingService> services;

    QString clusterName(qint64 id) const
    {
        for (const Cluster &c : clusters) {
            if (c.id == id)
                return c.name;
        }
        return QStringLiteral("#%1").arg(id);
    }
    const Application *application(const QString &name) const
    {
        for (const Application &a : applications) {
            if (a.name == name)
                return &a;
        }
        return nullptr;
    }
};

ApplicationsView::ApplicationsView(Database &catalog, Vault &vault, QueryRunner *runner, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_vault(vault), m_runner(runner ? runner : new QueryRunner(catalog.path(), this)),
      m_listing(std::make_unique<Listing>())
{
    setObjectName(QStringLiteral("applicationsView"));
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);
    m_work = new BusyWork(m_runner, m_messageBar, this);

    auto *top = new QHBoxLayout;
    m_roleLabel = new QLabel(tr("Loading…"), this);
    m_roleLabel->setObjectName(QStringLiteral("role"));
    top->addWidget(m_roleLabel);
    top->addStretch();
    auto button = [this, top](const QString &text, const char *name, const QString &tip = {}) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        if (!tip.isEmpty())
            b->setToolTip(tip);
        top->addWidget(b);
        return b;
    };
    m_register = button(tr("&Register…"), "registerApplication", tr("Register a client application"));
    m_edit = button(tr("&Edit…"), "editApplication", tr("Edit the team, description and principals"));
    m_remove = button(tr("Remo&ve…"), "removeApplication");
    m_request = button(tr("Request access…"), "requestAccess", tr("Ask for this application to produce to or consume from a channel"));
    m_snippet = button(tr("Export snippet…"), "exportSnippet", tr("Client configuration for this application and the selected grant's channel"));
    m_refresh = button(tr("Refresh"), "refresh");
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("applicationsSplitter"));
    m_apps = new RecordTableModel({tr("Application"), tr("Team"), tr("Principals")}, this);
    m_appTable = RecordTableModel::createView(m_apps, QStringLiteral("applicationTable"), split);
    m_appTable->setAccessibleName(tr("Applications"));
    m_appTable->setSortingEnabled(false);
    split->addWidget(m_appTable);

    auto *detail = new QWidget(split);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(detail);
    m_header->setObjectName(QStringLiteral("applicationHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    detailLayout->addWidget(m_header);
    m_tabs = new QTabWidget(detail);
    m_tabs->setObjectName(QStringLiteral("applicationTabs"));
    detailLayout->addWidget(m_tabs, 1);

    // Access: grants and requests.
    auto *access = new QWidget(m_tabs);
    auto *accessLayout = new QVBoxLayout(access);
    accessLayout->addWidget(new QLabel(tr("Grants (what the routing service answers for):"), access));
    m_grants = new RecordTableModel({tr("Channel"), tr("Intent"), tr("Consumer group"), tr("State"), tr("Since")}, this);
    m_grantTable = RecordTableModel::createView(m_grants, QStringLiteral("applicationGrantTable"), access);
    m_grantTable->setAccessibleName(tr("Grants of the application"));
    accessLayout->addWidget(m_grantTable, 1);
    accessLayout->addWidget(new QLabel(tr("Requests:"), access));
    m_requests = new RecordTableModel({tr("Channel"), tr("Intent"), tr("State"), tr("Filed by"), tr("Filed")}, this);
    m_requestTable = RecordTableModel::createView(m_requests, QStringLiteral("applicationRequestTable"), access);
    m_requestTable->setAccessibleName(tr("Requests of the application"));
    accessLayout->addWidget(m_requestTable, 1);
    m_tabs->addTab(access, tr("&Access"));

    // Credentials: metadata only; a value leaves the vault only through Reveal.
    auto *credentials = new QWidget(m_tabs);
    auto *credentialLayout = new QVBoxLayout(credentials);
    m_credentials = new RecordTableModel({tr("Cluster"), tr("Version"), tr("Mechanism"), tr("User name"), tr("State"), tr("Created")}, this);
    m_credentialTable = RecordTableModel::createView(m_credentials, QStringLiteral("credentialTable"), credentials);
    m_credentialTable->setAccessibleName(tr("Kafka credentials of the application"));
    credentialLayout->addWidget(m_credentialTable, 1);
    auto *credentialButtons = new QHBoxLayout;
    auto credentialButton = [credentials, credentialButtons](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, credentials);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        credentialButtons->addWidget(b);
        return b;
    };
    m_setCredential = credentialButton(tr("&Set…"), "setCredential", tr("Store the credential for a cluster (replaces the current one now)"));
    m_rotateCredential = credentialButton(tr("R&otate…"), "rotateCredential", tr("A new secret; the previous one stays valid for a grace period"));
    m_revokeCredential = credentialButton(tr("Revo&ke"), "revokeCredential", tr("End the selected version now"));
    m_revokeAllCredentials = credentialButton(tr("Revoke all versio&ns"), "revokeAllCredentials",
                                              tr("End every version on the selected version's cluster now"));
    m_revealCredential = credentialButton(tr("Reveal…"), "revealCredential", tr("Show the selected version's secret (unlocks the vault; audited)"));
    credentialButtons->addStretch();
    credentialLayout->addLayout(credentialButtons);
    m_tabs->addTab(credentials, tr("&Credentials"));

    // Tokens: hints only; a token is shown once, when issued.
    auto *tokens = new QWidget(m_tabs);
    auto *tokenLayout = new QVBoxLayout(tokens);
    m_tokens = new RecordTableModel({tr("ID"), tr("Hint"), tr("Label"), tr("Created"), tr("Expires"), tr("State")}, this);
    m_tokenTable = RecordTableModel::createView(m_tokens, QStringLiteral("tokenTable"), tokens);
    m_tokenTable->setAccessibleName(tr("Routing tokens of the application"));
    tokenLayout->addWidget(m_tokenTable, 1);
    auto *tokenButtons = new QHBoxLayout;
    m_issueToken = new QPushButton(tr("&Issue token…"), tokens);
    m_issueToken->setObjectName(QStringLiteral("issueToken"));
    m_revokeToken = new QPushButton(tr("Revoke t&oken"), tokens);
    m_revokeToken->setObjectName(QStringLiteral("revokeToken"));
    tokenButtons->addWidget(m_issueToken);
    tokenButtons->addWidget(m_revokeToken);
    m_revokeAllTokens = new QPushButton(tr("Revoke all toke&ns"), tokens);
    m_revokeAllTokens->setObjectName(QStringLiteral("revokeAllTokens"));
    tokenButtons->addWidget(m_revokeAllTokens);
    tokenButtons->addStretch();
    tokenLayout->addLayout(tokenButtons);
    m_tabs->addTab(tokens, tr("&Tokens"));

    m_lookup = new LookupPanel(m_runner, m_tabs);
    m_tabs->addTab(m_lookup, tr("Try the &lookup"));

    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({360, 900});
    layout->addWidget(split, 1);

    connect(m_appTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApplicationsView::showSelected);
    for (QTableView *t : {m_credentialTable, m_tokenTable, m_grantTable})
        connect(t->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApplicationsView::updateActions);
    connect(m_register, &QPushButton::clicked, this, [this] { registerApplication(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_remove, &QPushButton::clicked, this, &ApplicationsView::removeSelected);
    connect(m_request, &QPushButton::clicked, this, [this] { emit requestAccessFor(selectedApplication()); });
    connect(m_snippet, &QPushButton::clicked, this, &ApplicationsView::exportSnippet);
    connect(m_refresh, &QPushButton::clicked, this, &ApplicationsView::refresh);
    connect(m_setCredential, &QPushButton::clicked, this, [this] { setCredential(); });
    connect(m_rotateCredential, &QPushButton::clicked, this, [this] { rotateCredential(); });
    connect(m_revokeCredential, &QPushButton::clicked, this, [this] { revokeCredential(false); });
    connect(m_revokeAllCredentials, &QPushButton::clicked, this, [this] { revokeCredential(true); });
    connect(m_revealCredential, &QPushButton::clicked, this, &ApplicationsView::revealCredential);
    connect(m_issueToken, &QPushButton::clicked, this, [this] { issueToken(); });
    connect(m_revokeToken, &QPushButton::clicked, this, [this] { revokeToken(false); });
    connect(m_revokeAllTokens, &QPushButton::clicked, this, [this] { revokeToken(true); });

    // Keyboard: the list, then the tabs, then the buttons above, in reading order.
    setTabOrder(m_register, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_request);
    setTabOrder(m_request, m_snippet);
    setTabOrder(m_snippet, m_refresh);
    setTabOrder(m_refresh, m_appTable);
    setTabOrder(m_appTable, m_tabs);
    applyRole();
    m_roleLabel->setText(tr("Loading…"));
    refresh();
}

ApplicationsView::~ApplicationsView() = default;

void ApplicationsView::refresh()
{
    const quint64 generation = ++m_generation;
    auto future = m_runner->run([](const Database &db) -> Result<Listing> {
        Listing l;
        l.role = RoleSetting::current(db);
        auto apps = ApplicationStore(db).list();
        if (!apps)
            return makeError(apps.error());
        l.applications = std::move(*apps);
        if (auto clusters = ClusterStore(db).list())
            l.clusters = std::move(*clusters);
        if (auto grants = GrantStore(db).list())
            l.grants = std::move(*grants);
        if (auto requests = RequestStore(db).list())
            l.requests = std::move(*requests);
        Vault locked(db);   // metadata and hints only: no secret is read
        if (auto creds = CredentialStore(db, locked).list())
            l.credentials = std::move(*creds);
        if (auto tokens = TokenStore(db, locked).list())
            l.tokens = std::move(*tokens);
        if (auto profiles = ProfileStore(db).list()) {
            for (const Profile &p : *profiles)
                l.profiles << p.name;
        }
        if (auto services = RoutingServiceStore(db).list())
            l.services = std::move(*services);
        return l;
    });
    onResultReady(future, this, [this, generation](const Result<Listing> &listing) {
        if (generation != m_generation)
            return;   // a newer refresh knows about a later change
        if (!listing) {
            if (!m_loaded)
                m_roleLabel->clear();
            m_messageBar->showMessage(tr("Cannot read the applications: %1").arg(listing.error()), MessageBar::Type::Error);
            return;
        }
        showListing(*listing);
        emit refreshed();
    });
}

void ApplicationsView::showListing(const Listing &listing)
{
    const QString keep = selectedApplication();
    *m_listing = listing;
    m_loaded = true;
    m_role = listing.role;
    QList<RecordTableModel::Row> rows;
    for (const Application &a : listing.applications) {
        QStringList principals;
        for (auto it = a.principals.cbegin(); it != a.principals.cend(); ++it)
            principals << QStringLiteral("%1=%2").arg(listing.clusterName(it.key()), it.value());
        rows.append({{a.name, a.ownerTeam, principals.join(QStringLiteral(", "))}, a.name, a.description});
    }
    m_apps->setRows(rows);
    m_appTable->resizeColumnToContents(0);
    if (!keep.isEmpty())
        selectApplication(keep);
    else if (!rows.isEmpty())
        m_appTable->selectRow(0);
    showSelected();
    applyRole();
}

QString ApplicationsView::selectedApplication() const { return selectedKey(m_appTable, m_apps).toString(); }

QVariant ApplicationsView::selectedKey(QTableView *table, RecordTableModel *model) const
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QVariant() : model->data(rows.first(), RecordTableModel::KeyRole);
}

bool ApplicationsView::selectApplication(const QString &name)
{
    const int row = m_apps->rowOfKey(name);
    if (row < 0)
        return false;
    m_appTable->selectRow(row);
    return true;
}

void ApplicationsView::showSelected()
{
    const QString name = selectedApplication();
    const Application *app = m_listing->application(name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<RecordTableModel::Row> grants, requests, credentials, tokens;
    QStringList channels;
    if (app) {
        QString header = tr("<b>%1</b>").arg(app->name.toHtmlEscaped());
        if (!app->ownerTeam.isEmpty())
            header += tr(" · team %1").arg(app->ownerTeam.toHtmlEscaped());
        if (!app->description.isEmpty())
            header += QStringLiteral("<br>") + app->description.toHtmlEscaped();
        m_header->setText(header);
        for (const GrantRecord &g : m_listing->grants) {
            if (g.application != name)
                continue;
            const QString group = g.grant.consumerGroup + (g.grant.groupIsPrefix ? QStringLiteral("*") : QString());
            grants.append({{g.grant.channel, intentName(g.grant.intent), group, g.active() ? tr("active") : tr("revoked"),
                            shortTime(g.createdAt)},
                           g.grant.id,
                           {}});
            if (g.active() && !channels.contains(g.grant.channel))
                channels << g.grant.channel;
        }
        for (const AccessRequest &r : m_listing->requests) {
            if (r.application == name)
                requests.append({{r.channel, intentName(r.intent), requestStateDisplayName(r.state), r.author, shortTime(r.createdAt)},
                                 r.uuid,
                                 r.reason});
        }
        for (int i = 0; i < m_listing->credentials.size(); ++i) {
            const AppCredential &c = m_listing->credentials.at(i);
            if (c.application == name)
                credentials.append({{m_listing->clusterName(c.clusterId), QString::number(c.version), c.mechanism, c.username,
                                     c.stateAt(now), shortTime(c.createdAt)},
                                    i,
                                    {}});
        }
        for (const AppToken &t : m_listing->tokens) {
            if (t.application != name)
                continue;
            const QString state = !t.revokedAt.isNull() ? tr("revoked") : t.isValidAt(now) ? tr("valid") : tr("expired");
            tokens.append({{QString::number(t.id), t.hint, t.label, shortTime(t.createdAt),
                            t.expiresAt.isNull() ? tr("never") : shortTime(t.expiresAt), state},
                           t.id,
                           {}});
        }
    } else {
        m_header->setText(m_listing->applications.isEmpty()
                              ? tr("<i>No applications yet. A platform engineer registers them with Register…</i>")
                              : tr("<i>Select an application.</i>"));
    }
    m_grants->setRows(grants);
    m_requests->setRows(requests);
    m_credentials->setRows(credentials);
    m_tokens->setRows(tokens);
    for (QTableView *t : {m_grantTable, m_requestTable, m_credentialTable, m_tokenTable})
        t->resizeColumnsToContents();
    m_lookup->setContext(app ? name : QString(), channels, m_listing->profiles, m_listing->services);
    updateActions();
}

void ApplicationsView::applyRole()
{
    if (m_loaded)
        m_roleLabel->setText(tr("Role: %1").arg(RoleSetting::displayName(m_role)));
    const bool platform = m_loaded && m_role == Role::PlatformEngineer;
    for (QPushButton *b : {m_register, m_edit, m_remove, m_setCredential, m_rotateCredential, m_revokeCredential,
                           m_revokeAllCredentials, m_revealCredential, m_issueToken, m_revokeToken, m_revokeAllTokens})
        b->setVisible(platform);
    updateActions();
}

void ApplicationsView::updateActions()
{
    const bool app = !selectedApplication().isEmpty();
    const bool busy = m_work->isBusy();
    m_register->setEnabled(m_loaded && !busy);
    m_edit->setEnabled(app && !busy);
    m_remove->setEnabled(app && !busy);
    m_request->setEnabled(app);
    m_snippet->setEnabled(app);
    m_setCredential->setEnabled(app && !busy);
    const bool credential = selectedKey(m_credentialTable, m_credentials).isValid();
    m_rotateCredential->setEnabled(credential && !busy);
    m_revokeCredential->setEnabled(credential && !busy);
    m_revokeAllCredentials->setEnabled(credential && !busy);
    m_revealCredential->setEnabled(credential && !busy);
    m_issueToken->setEnabled(app && !busy);
    m_revokeToken->setEnabled(selectedKey(m_tokenTable, m_tokens).isValid() && !busy);
    m_revokeAllTokens->setEnabled(app && m_tokens->rowCount() > 0 && !busy);
}

void ApplicationsView::finishWrite(const QString &failurePrefix, const QString &error, const QString &success)
{
    refresh();
    if (!error.isEmpty()) {
        m_messageBar->showMessage(tr("%1: %2").arg(failurePrefix, error), MessageBar::Type::Error);
        return;
    }
    m_messageBar->showMessage(success, MessageBar::Type::Positive);
    emit applicationsChanged();
}

void ApplicationsView::withDataKey(const QString &why, std::function<void(const QByteArray &)> then)
{
    if (!m_vault.isUnlocked()) {
        auto *dialog = new UnlockDialog(m_vault, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, why, then] { withDataKey(why, then); });
        connect(dialog, &QDialog::rejected, this, [this, why] { m_messageBar->showMessage(why, MessageBar::Type::Warning); });
        dialog->open();
        return;
    }
    auto key = m_vault.dataKeyForKeychain();
    if (!key) {
        m_messageBar->showMessage(key.error(), MessageBar::Type::Error);
        return;
    }
    then(QByteArray(key->bytes().constData(), key->size()));
}

// ---- applications -------------------------------------------------------------------------

ApplicationDialog *ApplicationsView::registerApplication()
{
    auto *dialog = new ApplicationDialog(m_listing->clusters, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Application app = dialog->application();
        const QMap<QString, QString> principals = dialog->principalsByCluster();
        auto job = [app, principals](const Database &db) -> Result<QString> {
            // As `switchboard-cli app add --principal ...`: all or nothing.
            ApplicationStore store(db);
            auto tx = db.transaction();
            if (auto added = store.add(app); !added)
                return makeError(added.error());
            for (auto it = principals.cbegin(); it != principals.cend(); ++it) {
                if (it.value().isEmpty())
                    continue;
                if (auto st = store.setPrincipal(app.name, it.key(), it.value()); !st)
                    return makeError(st.error());
            }
            if (auto st = tx.commit(); !st)
                return makeError(st.error());
            return app.name;
        };
        m_work->write(tr("Registering %1…").arg(app.name), job, [this](const Result<QString> &name) {
            finishWrite(tr("Registering failed"), name ? QString() : name.error(), name ? tr("Registered application %1.").arg(*name) : QString());
            if (name)
                connect(this, &ApplicationsView::refreshed, this, [this, n = *name] { selectApplication(n); }, Qt::SingleShotConnection);
        });
    });
    dialog->open();
    return dialog;
}

ApplicationDialog *ApplicationsView::editSelected()
{
    const Application *existing = m_listing->application(selectedApplication());
    if (!existing)
        return nullptr;
    auto *dialog = new ApplicationDialog(m_listing->clusters, *existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = *existing] {
        const Application app = dialog->application();
        QMap<QString, QString> changed;   // only the principals that differ: each change is audited
        const QMap<QString, QString> principals = dialog->principalsByCluster();
        for (const Cluster &c : m_listing->clusters) {
            if (principals.value(c.name) != before.principals.value(c.id))
                changed.insert(c.name, principals.value(c.name));
        }
        auto job = [app, changed](const Database &db) -> Result<bool> {
            ApplicationStore store(db);
            auto tx = db.transaction();
            if (auto st = store.update(app); !st)
                return makeError(st.error());
            for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
                if (auto st = store.setPrincipal(app.name, it.key(), it.value()); !st)
                    return makeError(st.error());
            }
            if (auto st = tx.commit(); !st)
                return makeError(st.error());
            return true;
        };
        m_work->write({}, job, [this, name = app.name](const Result<bool> &saved) {
            finishWrite(tr("Saving failed"), saved ? QString() : saved.error(), tr("Saved application %1.").arg(name));
        });
    });
    dialog->open();
    return dialog;
}

void ApplicationsView::confirm(const QString &title, const QString &text, const QString &okText, std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(okText);
    box->setDefaultButton(QMessageBox::Cancel);   // Enter does not revoke or remove by accident
    connect(box, &QMessageBox::accepted, this, std::move(then));
    box->open();
}

void ApplicationsView::removeSelected()
{
    const QString name = selectedApplication();
    if (name.isEmpty())
        return;
    confirm(tr("Remove application"),
            tr("Remove the application %1? Its requests stay in the history; its credentials and tokens stop working.").arg(name),
            tr("&Remove"), [this, name] {
                auto job = [name](const Database &db) -> Result<bool> {
                    if (auto st = ApplicationStore(db).remove(name); !st)
                        return makeError(st.error());
                    return true;
                };
                m_work->write({}, job, [this, name](const Result<bool> &removed) {
                    finishWrite(tr("Removing failed"), removed ? QString() : removed.error(), tr("Removed application %1.").arg(name));
                });
            });
}

// ---- credentials --------------------------------------------------------------------------

CredentialDialog *ApplicationsView::setCredential()
{
    const QString app = selectedApplication();
    if (app.isEmpty())
        return nullptr;
    auto *dialog = new CredentialDialog(CredentialDialog::Mode::Set, app, m_listing->clusters, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, app] {
        const SecretBytes secret = dialog->secret();
        withDataKey(tr("Unlock the vault to store a credential: it is sealed there."),
                    [this, app, cluster = dialog->clusterId(), clusterName = dialog->clusterName(), mechanism = dialog->mechanism(),
                     username = dialog->username(), secretBytes = QByteArray(secret.bytes().constData(), secret.size())](const QByteArray &key) {
                        auto job = withUnlockedVault(key, [=](const Database &db, Vault &vault) -> Result<int> {
                            auto stored = CredentialStore(db, vault).set(app, cluster, mechanism, username,
                                                                         SecretBytes(QByteArray(secretBytes.constData(), secretBytes.size())));
                            if (!stored)
                                return makeError(stored.error());
                            return stored->version;
                        });
                        m_work->write(tr("Storing the credential…"), job, [this, app, clusterName, username](const Result<int> &version) {
                            finishWrite(tr("Storing the credential failed"), version ? QString() : version.error(),
                                        version ? tr("Stored credential version %1 for %2 on %3 (user %4).")
                                                      .arg(*version).arg(app, clusterName, username)
                                                : QString());
                        });
                    });
    });
    dialog->open();
    return dialog;
}

CredentialDialog *ApplicationsView::rotateCredential()
{
    const QVariant key = selectedKey(m_credentialTable, m_credentials);
    if (!key.isValid())
        return nullptr;
    const AppCredential current = m_listing->credentials.at(key.toInt());
    QList<Cluster> cluster;
    for (const Cluster &c : m_listing->clusters) {
        if (c.id == current.clusterId)
            cluster << c;
    }
    auto *dialog = new CredentialDialog(CredentialDialog::Mode::Rotate, current.application, cluster, current.username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, current] {
        const SecretBytes secret = dialog->secret();
        withDataKey(tr("Unlock the vault to rotate a credential: it is sealed there."),
                    [this, current, clusterName = dialog->clusterName(), grace = dialog->graceSeconds(), username = dialog->username(),
                     secretBytes = QByteArray(secret.bytes().constData(), secret.size())](const QByteArray &dataKey) {
                        auto job = withUnlockedVault(dataKey, [=](const Database &db, Vault &vault) -> Result<int> {
                            auto rotated = CredentialStore(db, vault).rotate(current.application, current.clusterId, grace,
                                                                             SecretBytes(QByteArray(secretBytes.constData(), secretBytes.size())),
                                                                             username);
                            if (!rotated)
                                return makeError(rotated.error());
                            return rotated->version;
                        });
                        m_work->write(tr("Rotating the credential…"), job, [this, current, clusterName, grace](const Result<int> &version) {
                            finishWrite(tr("Rotating failed"), version ? QString() : version.error(),
                                        version ? tr("Rotated %1 on %2 to version %3; the previous one stays valid for %4 h.")
                                                      .arg(current.application, clusterName)
                                                      .arg(*version)
                                                      .arg(grace / 3600)
                                                : QString());
                        });
                    });
    });
    dialog->open();
    return dialog;
}

void ApplicationsView::revokeCredential(bool everyVersion)
{
    const QVariant key = selectedKey(m_credentialTable, m_credentials);
    if (!key.isValid())
        return;
    const AppCredential c = m_listing->credentials.at(key.toInt());
    const QString cluster = m_listing->clusterName(c.clusterId);
    const int version = everyVersion ? 0 : c.version;   // 0: every version, as `credential revoke` without --version
    const QString question = version > 0
        ? tr("Revoke version %1 of the credential of %2 on %3 now? The routing services stop handing it out after the next push.")
              .arg(version).arg(c.application, cluster)
        : tr("Revoke every version of the credential of %1 on %2 now? The routing services stop handing it out after the next push.")
              .arg(c.application, cluster);
    confirm(tr("Revoke credential"), question, tr("Re&voke"), [this, c, cluster, version] {
        // Revoking reads no secret: it works with the vault locked, as in an emergency from the CLI.
        auto job = [c, version](const Database &db) -> Result<bool> {
            Vault locked(db);
            if (auto st = CredentialStore(db, locked).revoke(c.application, c.clusterId, version); !st)
                return makeError(st.error());
            return true;
        };
        m_work->write({}, job, [this, c, cluster, version](const Result<bool> &revoked) {
            finishWrite(tr("Revoking failed"), revoked ? QString() : revoked.error(),
                        version > 0 ? tr("Revoked credential version %1 of %2 on %3.").arg(version).arg(c.application, cluster)
                                    : tr("Revoked every credential of %1 on %2.").arg(c.application, cluster));
        });
    });
}

void ApplicationsView::revealCredential()
{
    const QVariant key = selectedKey(m_credentialTable, m_credentials);
    if (!key.isValid())
        return;
    const AppCredential c = m_listing->credentials.at(key.toInt());
    withDataKey(tr("Unlock the vault to reveal a credential."), [this, c](const QByteArray &dataKey) {
        auto job = withUnlockedVault(dataKey, [c](const Database &db, Vault &vault) -> Result<QString> {
            CredentialStore store(db, vault);
            auto secret = store.secret(c);
            if (!secret)
                return makeError(secret.error());
            if (auto st = store.recordReveal(c.application, c.clusterId, c.version, QStringLiteral("revealed in the Applications view")); !st)
                return makeError(st.error());
            return secret->toString();
        });
        m_work->read({}, job, [this, c](const Result<QString> &secret) {
            if (!secret) {
                m_messageBar->showMessage(tr("Cannot reveal the credential: %1").arg(secret.error()), MessageBar::Type::Error);
                return;
            }
            auto *dialog = new QDialog(this);
            dialog->setObjectName(QStringLiteral("revealDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Credential of %1").arg(c.application));
            auto *layout = new QVBoxLayout(dialog);
            layout->addWidget(new QLabel(tr("User %1, version %2. The reveal is recorded in the audit log.").arg(c.username).arg(c.version), dialog));
            auto *value = new QLineEdit(*secret, dialog);
            value->setObjectName(QStringLiteral("secret"));
            value->setAccessibleName(tr("Secret"));
            value->setReadOnly(true);
            layout->addWidget(value);
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
            auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
            connect(copy, &QPushButton::clicked, value, [value] { SecretClipboard::instance()->copy(value->text(), true); });
            connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
            layout->addWidget(buttons);
            dialog->resize(520, 0);
            dialog->open();
        });
    });
}

// ---- tokens -------------------------------------------------------------------------------

TokenDialog *ApplicationsView::issueToken()
{
    const QString app = selectedApplication();
    if (app.isEmpty())
        return nullptr;
    auto *dialog = new TokenDialog(app, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TokenDialog::issueRequested, this, [this, dialog, app] {
        QPointer<TokenDialog> guard(dialog);
        withDataKey(tr("Unlock the vault to issue a token: its hash key is kept there."), [this, guard, app](const QByteArray &dataKey) {
            if (!guard)
                return;
            const int days = guard->expiresInDays();
            auto job = withUnlockedVault(dataKey, [app, label = guard->label(), days](const Database &db, Vault &vault) -> Result<Issued> {
                // As `switchboard-cli token issue`: only for a registered application.
                auto known = ApplicationStore(db).find(app);
                if (!known)
                    return makeError(known.error());
                if (!known->has_value())
                    return makeError(QObject::tr("No application named \"%1\"").arg(app));
                const QDateTime expires = days > 0 ? QDateTime::currentDateTimeUtc().addDays(days) : QDateTime();
                auto issued = TokenStore(db, vault).issue(app, label, expires);
                if (!issued)
                    return makeError(issued.error());
                return Issued{issued->token.id, issued->value.toString()};
            });
            m_work->write(tr("Issuing a token…"), job, [this, guard, app](const Result<Issued> &issued) {
                refresh();
                if (!issued) {
                    if (guard)
                        guard->showError(tr("Issuing failed: %1").arg(issued.error()));
                    return;
                }
                m_lookup->setToken(app, issued->value);
                if (guard)
                    guard->showIssued(issued->id, issued->value);
                m_messageBar->showMessage(tr("Issued token %1 for %2.").arg(issued->id).arg(app), MessageBar::Type::Positive);
                emit applicationsChanged();
            });
        });
    });
    dialog->open();
    return dialog;
}

void ApplicationsView::revokeToken(bool everyToken)
{
    const QString app = selectedApplication();
    const QVariant key = selectedKey(m_tokenTable, m_tokens);
    if (app.isEmpty() || (!everyToken && !key.isValid()))
        return;
    const qint64 id = everyToken ? 0 : key.toLongLong();
    confirm(tr("Revoke token"),
            id > 0 ? tr("Revoke token %1 of %2 now? The routing services refuse it after the next push.").arg(id).arg(app)
                   : tr("Revoke every token of %1 now? The routing services refuse them after the next push.").arg(app),
            tr("Re&voke"), [this, app, id] {
                auto job = [app, id](const Database &db) -> Result<bool> {
                    Vault locked(db);
                    TokenStore tokens(db, locked);
                    if (auto st = id > 0 ? tokens.revoke(id) : tokens.revokeAll(app); !st)
                        return makeError(st.error());
                    return true;
                };
                m_work->write({}, job, [this, app, id](const Result<bool> &revoked) {
                    finishWrite(tr("Revoking failed"), revoked ? QString() : revoked.error(),
                                id > 0 ? tr("Revoked token %1.").arg(id) : tr("Revoked every token of %1.").arg(app));
                });
            });
}

// ---- snippets -----------------------------------------------------------------------------

void ApplicationsView::exportSnippet()
{
    const QString app = selectedApplication();
    if (app.isEmpty())
        return;
    SnippetRequest request;
    request.application = app;
    // The selected grant's channel, else the first active one.
    std::optional<Grant> grant;
    const QVariant selected = selectedKey(m_grantTable, m_grants);
    for (const GrantRecord &g : m_listing->grants) {
        if (g.application == app && g.active() && (!selected.isValid() || g.grant.id == selected.toLongLong())) {
            grant = g.grant;
            break;
        }
    }
    if (!grant) {
        m_messageBar->showMessage(tr("%1 holds no grant yet: request access to a channel first.").arg(app), MessageBar::Type::Information);
        return;
    }
    request.channels = {grant->channel};
    request.profile = grant->intent == Intent::Consume ? QStringLiteral("safeConsumer") : QStringLiteral("durableWrite");
    auto *dialog = new SnippetDialog(m_catalog, m_vault, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Switchboard
