#include "main/SettingsDialog.h"

#include "main/AppSettings.h"
#include "main/QueryRunner.h"
#include "main/Appearance.h"
#include "main/Translations.h"
#include "requests/Role.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Switchboard {

SettingsDialog::SettingsDialog(QueryRunner *runner, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *roleBox = new QGroupBox(tr("I work as"), this);
    auto *roleLayout = new QVBoxLayout(roleBox);
    m_platform = new QRadioButton(tr("&Platform engineer: curate the catalog, approve requests"), roleBox);
    m_platform->setObjectName(QStringLiteral("rolePlatform"));
    m_developer = new QRadioButton(tr("&Developer: find topics, request access, export client settings"), roleBox);
    m_developer->setObjectName(QStringLiteral("roleDeveloper"));
    roleLayout->addWidget(m_platform);
    roleLayout->addWidget(m_developer);
    // This desktop's last choice at first; the catalog's role when it is read.
    (AppSettings::role() == AppSettings::Role::Developer ? m_developer : m_platform)->setChecked(true);
    for (QRadioButton *button : {m_platform, m_developer})
        connect(button, &QRadioButton::clicked, this, [this] { m_roleTouched = true; });
    if (runner) {
        onResultReady(runner->run([](const Database &db) { return Result<Role>(RoleSetting::current(db)); }), this,
                      [this](const Result<Role> &role) {
                          if (role && !m_roleTouched)
                              (*role == Role::Developer ? m_developer : m_platform)->setChecked(true);
                      });
    }
    layout->addWidget(roleBox);

    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : Translations::available())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    form->addRow(tr("&Language:"), m_language);

    m_autoCrawl = new QSpinBox(this);
    m_autoCrawl->setObjectName(QStringLiteral("autoCrawl"));
    m_autoCrawl->setRange(0, 24 * 60);
    m_autoCrawl->setSuffix(tr(" min"));
    m_autoCrawl->setSpecialValueText(tr("Off"));
    m_autoCrawl->setValue(AppSettings::autoCrawlMinutes());
    form->addRow(tr("&Crawl every cluster every:"), m_autoCrawl);

    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("colorScheme"));
    m_scheme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_scheme->addItem(tr("Light"), QStringLiteral("light"));
    m_scheme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(AppSettings::colorScheme())));
    form->addRow(tr("Colo&urs:"), m_scheme);
    layout->addLayout(form);
    auto *note = new QLabel(tr("A new language applies to windows opened from now on; restart Switchboard to "
                               "see it everywhere."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::save()
{
    const bool developer = m_developer->isChecked();
    AppSettings::setRole(developer ? AppSettings::Role::Developer : AppSettings::Role::PlatformEngineer);
    // The channels and requests views read the role from the catalog.
    emit roleChosen(developer ? Role::Developer : Role::PlatformEngineer);
    const QString language = m_language->currentData().toString();
    if (language != AppSettings::language()) {
        AppSettings::setLanguage(language);
        Translations::install(language);
    }
    AppSettings::setAutoCrawlMinutes(m_autoCrawl->value());
    const QString scheme = m_scheme->currentData().toString();
    if (scheme != AppSettings::colorScheme()) {
        AppSettings::setColorScheme(scheme);
        Appearance::apply(scheme);
    }
}

} // namespace Switchboard
