#include "main/ExportConfigDialog.h"

#include "main/QueryRunner.h"
#include "profiles/ProfileStore.h"
#include "routing/RoutingModelStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {

namespace {
constexpr int IntentRole = Qt::UserRole + 1;

struct Choices {
    RoutingModel model;
    QList<Profile> profiles;
};
} // namespace

ExportConfigDialog::ExportConfigDialog(QueryRunner *runner, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("exportConfigDialog"));
    setWindowTitle(tr("Export Client Configuration"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_application = new QComboBox(this);
    m_application->setObjectName(QStringLiteral("exportApplication"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("exportChannel"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("exportProfile"));
    // The choices arrive after the dialog is laid out (read through the runner): the boxes grow
    // to their contents then, and the dialog with them, so no name is cut off.
    for (QComboBox *box : {m_application, m_channel, m_profile})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&Application:"), m_application);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Profile:"), m_profile);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->hide();
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_application, &QComboBox::currentIndexChanged, this, &ExportConfigDialog::reloadChannels);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ExportConfigDialog::reloadProfiles);

    auto future = runner->run([](const Database &db) -> Result<Choices> {
        auto model = RoutingModelStore::load(db);
        if (!model)
            return makeError(model.error());
        auto profiles = ProfileStore(db).list();
        if (!profiles)
            return makeError(profiles.error());
        return Choices{std::move(*model), std::move(*profiles)};
    });
    onResultReady(future, this, [this](const Result<Choices> &choices) {
        if (choices) {
            m_model = choices->model;
            m_profiles = choices->profiles;
            // Only applications that may use at least one channel: the others have nothing to export.
            const QSignalBlocker quiet(m_application);
            for (const Application &app : m_model.applications) {
                bool granted = false;
                for (const Grant &grant : m_model.grants)
                    granted = granted || grant.applicationId == app.id;
                if (granted)
                    m_application->addItem(app.name, app.id);
            }
        } else {
            m_hint->setText(choices.error());
            m_hint->show();
        }
        reloadChannels();
        if (!hasChoices() && m_hint->isHidden()) {
            m_hint->setText(tr("No application has a grant on a channel yet. Grant one in the Channels view first."));
            m_hint->show();
        }
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hasChoices());
        m_loaded = true;
        // Laid out before its choices came: now wide enough for them (the layout first takes in
        // the boxes' new size hints, else the dialog keeps the empty boxes' width).
        QDialog::layout()->activate();
        resize(size().expandedTo(sizeHint()));
        emit loaded();
    });
}

void ExportConfigDialog::reloadChannels()
{
    m_channel->clear();
    const qint64 appId = m_application->currentData().toLongLong();
    for (const Grant &grant : m_model.grants) {
        if (grant.applicationId != appId)
            continue;
        m_channel->addItem(QStringLiteral("%1 (%2)").arg(grant.channel, intentName(grant.intent)), grant.channel);
        m_channel->setItemData(m_channel->count() - 1, int(grant.intent), IntentRole);
    }
    // The first addItem announced the new row before its intent was set.
    reloadProfiles();
}

void ExportConfigDialog::reloadProfiles()
{
    // Offer the profiles for the grant's role; keep the choice when it still fits.
    const QString current = m_profile->currentText();
    m_profile->clear();
    if (m_channel->currentIndex() < 0)
        return;
    const auto intent = Intent(m_channel->currentData(IntentRole).toInt());
    const ProfileRole role = intent == Intent::Produce ? ProfileRole::Producer : ProfileRole::Consumer;
    for (const Profile &profile : m_profiles) {
        if (profile.role == role)
            m_profile->addItem(profile.name);
    }
    if (const int index = m_profile->findText(current); index >= 0)
        m_profile->setCurrentIndex(index);
}

bool ExportConfigDialog::hasChoices() const
{
    return m_application->count() > 0 && m_channel->count() > 0;
}

SnippetRequest ExportConfigDialog::request() const
{
    SnippetRequest request;
    request.application = m_application->currentText();
    request.channels = QStringList{m_channel->currentData().toString()};
    request.profile = m_profile->currentText();
    return request;
}

} // namespace Switchboard
