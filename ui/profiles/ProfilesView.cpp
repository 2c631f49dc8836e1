#include "profiles/ProfilesView.h"

#include "main/BusyWork.h"
#include "main/QueryRunner.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileValidator.h"
#include "store/Database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace Switchboard {

namespace {
enum Column { NameColumn, ValueColumn, ReasonColumn, CheckColumn };

QString valueText(const QJsonValue &v) { return Profile::valueToString(v); }
} // namespace

ProfilesView::ProfilesView(Database &catalog, QWidget *parent) : ProfilesView(catalog, nullptr, parent) {}

ProfilesView::ProfilesView(Database &catalog, QueryRunner *runner, QWidget *parent) : QWidget(parent)
{
    // The view says its outcomes in its own label; the busy time is short.
    m_work = new BusyWork(runner ? runner : new QueryRunner(catalog.path(), this), nullptr, this);
    auto *outer = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    outer->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new ProfileListModel(this);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    leftLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("&New"), left);
    newButton->setObjectName(QStringLiteral("newProfile"));
    auto *copyButton = new QPushButton(tr("Co&py…"), left);
    copyButton->setObjectName(QStringLiteral("copyProfile"));
    m_remove = new QPushButton(tr("&Delete"), left);
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    listButtons->addWidget(newButton);
    listButtons->addWidget(copyButton);
    listButtons->addWidget(m_remove);
    leftLayout->addLayout(listButtons);

    auto *tabs = new QTabWidget(splitter);
    auto *editor = new QWidget(tabs);
    auto *editorLayout = new QVBoxLayout(editor);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_role = new QComboBox(editor);
    m_role->setObjectName(QStringLiteral("profileRole"));
    m_role->addItem(tr("Producer"), QStringLiteral("producer"));
    m_role->addItem(tr("Consumer"), QStringLiteral("consumer"));
    m_description = new QPlainTextEdit(editor);
    m_description->setObjectName(QStringLiteral("profileDescription"));
    m_description->setMaximumHeight(70);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Description:"), m_description);
    editorLayout->addLayout(form);

    m_properties = new QTableWidget(0, 4, editor);
    m_properties->setObjectName(QStringLiteral("profileProperties"));
    m_properties->setAccessibleName(tr("Properties"));
    m_properties->setHorizontalHeaderLabels({tr("Property"), tr("Value"), tr("Why"), tr("Check")});
    m_properties->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_properties->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    m_properties->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    // The reason takes the room; the check is a word or a short note; each row as tall as its
    // wrapped reason (not stretched over the whole table).
    m_properties->horizontalHeader()->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    m_properties->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_properties->setWordWrap(true);
    editorLayout->addWidget(m_properties, 1);
    auto *rowButtons = new QHBoxLayout;
    m_addRow = new QPushButton(tr("Add p&roperty"), editor);
    m_addRow->setObjectName(QStringLiteral("addProperty"));
    m_removeRow = new QPushButton(tr("Re&move property"), editor);
    m_removeRow->setObjectName(QStringLiteral("removeProperty"));
    m_save = new QPushButton(tr("&Save"), editor);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    rowButtons->addWidget(m_addRow);
    rowButtons->addWidget(m_removeRow);
    rowButtons->addStretch();
    rowButtons->addWidget(m_save);
    editorLayout->addLayout(rowButtons);
    m_issues = new QLabel(editor);
    m_issues->setObjectName(QStringLiteral("profileIssues"));
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    editorLayout->addWidget(m_issues);
    tabs->addTab(editor, tr("Profile"));
    m_history = new QTextBrowser(tabs);
    m_history->setObjectName(QStringLiteral("profileHistory"));
    tabs->addTab(m_history, tr("History"));
    splitter->setStretchFactor(1, 3);
    // Room for "highThroughputConsumer  (consumer, built-in)" without scrolling sideways.
    splitter->setSizes({m_list->fontMetrics().horizontalAdvance(QStringLiteral("highThroughputProducer  (producer, built-in)")) + 40,
                        1000});

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const Profile *p = m_model->profileAt(current.row()))
            showProfile(*p);
    });
    connect(m_properties, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            revalidate();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            revalidate();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            revalidate();
    });
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        addPropertyRow({}, {}, {});
        m_properties->editItem(m_properties->item(m_properties->rowCount() - 1, NameColumn));
    });
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        if (m_properties->currentRow() >= 0)
            m_properties->removeRow(m_properties->currentRow());
        revalidate();
    });
    connect(newButton, &QPushButton::clicked, this, &ProfilesView::newProfile);
    connect(copyButton, &QPushButton::clicked, this, &ProfilesView::copyProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfilesView::saveProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesView::removeProfile);

    reload();
}

bool ProfilesView::isBusy() const { return m_work->isBusy(); }

QString ProfilesView::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

void ProfilesView::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fde2e1; color: #8a1f11; padding: 6px; }")
                                   : QStringLiteral("QLabel { background: #e3f4e1; color: #1e5b16; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
}

void ProfilesView::reload()
{
    const quint64 generation = ++m_reloadGeneration;
    m_work->read({}, [](const Database &db) { return ProfileStore(db).list(); },
                 [this, generation](const Result<QList<Profile>> &profiles) {
                     if (generation != m_reloadGeneration)
                         return;   // a later reload's answer is on its way
                     if (!profiles) {
                         setMessage(profiles.error(), true);
                         return;
                     }
                     m_model->setProfiles(*profiles);
                     const QString select = std::exchange(m_selectAfterReload, QString());
                     if (select.isEmpty() || !selectProfile(select)) {
                         if (m_model->rowCount() > 0)
                             m_list->setCurrentIndex(m_model->index(0));
                     }
                     Q_EMIT reloaded();
                 });
}

void ProfilesView::reloadAndSelect(const QString &name)
{
    m_selectAfterReload = name;
    reload();
}

bool ProfilesView::selectProfile(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

void ProfilesView::addPropertyRow(const QString &name, const QString &value, const QString &reason)
{
    const bool old = m_filling;
    m_filling = true;
    const int row = m_properties->rowCount();
    m_properties->insertRow(row);
    m_properties->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_properties->setItem(row, ValueColumn, new QTableWidgetItem(value));
    m_properties->setItem(row, ReasonColumn, new QTableWidgetItem(reason));
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_properties->setItem(row, CheckColumn, check);
    if (m_builtin) {
        for (int c = NameColumn; c <= ReasonColumn; ++c)
            m_properties->item(row, c)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_filling = old;
}

void ProfilesView::showProfile(const Profile &profile)
{
    m_filling = true;
    m_builtin = profile.builtin;
    m_isNew = false;
    m_name->setText(profile.name);
    m_name->setReadOnly(true);
    m_role->setCurrentIndex(profile.role == ProfileRole::Producer ? 0 : 1);
    m_role->setEnabled(!profile.builtin);
    m_description->setPlainText(profile.description);
    m_description->setReadOnly(profile.builtin);
    m_properties->setRowCount(0);
    for (auto it = profile.properties.begin(); it != profile.properties.end(); ++it)
        addPropertyRow(it.key(), valueText(it.value()), profile.reason(it.key()));
    m_save->setEnabled(!profile.builtin);
    m_remove->setEnabled(!profile.builtin);
    m_addRow->setEnabled(!profile.builtin);
    m_removeRow->setEnabled(!profile.builtin);
    m_filling = false;

    m_history->clear();
    if (profile.builtin) {
        m_history->setPlainText(tr("Built-in profiles do not change. Copy one to adapt it."));
    } else if (!profile.name.isEmpty()) {
        const QString name = profile.name;
        m_work->read({}, [name](const Database &db) { return ProfileStore(db).history(name); },
                     [this, name](const Result<QList<ProfileVersion>> &history) {
                         if (!history || m_name->text() != name || m_isNew)
                             return;   // another profile is shown by now
                         QString html;
                         for (const ProfileVersion &v : *history) {
                             html += QStringLiteral("<p><b>%1</b> — %2, %3<br><code>%4</code></p>")
                                         .arg(tr("Version %1").arg(v.version), v.at.toLocalTime().toString(Qt::ISODate),
                                              v.actor.toHtmlEscaped(),
                                              QString::fromUtf8(QJsonDocument(v.diff).toJson(QJsonDocument::Compact)).toHtmlEscaped());
                         }
                         m_history->setHtml(html);
                     });
    }
    revalidate();
}

Profile ProfilesView::editedProfile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.role = m_role->currentData().toString() == QLatin1String("producer") ? ProfileRole::Producer : ProfileRole::Consumer;
    p.description = m_description->toPlainText().trimmed();
    p.builtin = m_builtin;
    for (int row = 0; row < m_properties->rowCount(); ++row) {
        const QString name = m_properties->item(row, NameColumn) ? m_properties->item(row, NameColumn)->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        const QString value = m_properties->item(row, ValueColumn) ? m_properties->item(row, ValueColumn)->text() : QString();
        const QString reason = m_properties->item(row, ReasonColumn) ? m_properties->item(row, ReasonColumn)->text().trimmed() : QString();
        p.properties.insert(name, ProfileValidator::typedValue(name, value));
        if (!reason.isEmpty())
            p.reasons.insert(name, reason);
    }
    return p;
}

void ProfilesView::revalidate()
{
    const Profile p = editedProfile();
    const auto issues = ProfileValidator::validate(p);
    m_filling = true;
    for (int row = 0; row < m_properties->rowCount(); ++row) {
        const QString name = m_properties->item(row, NameColumn) ? m_properties->item(row, NameColumn)->text().trimmed() : QString();
        QStringList messages;
        bool error = false;
        for (const ProfileIssue &i : issues) {
            if (!name.isEmpty() && i.property == name) {
                messages.append(i.message);
                error = error || i.isError();
            }
        }
        QTableWidgetItem *check = m_properties->item(row, CheckColumn);
        if (!check)
            continue;
        check->setText(messages.isEmpty() ? tr("OK") : messages.join(QLatin1Char('\n')));
        check->setForeground(messages.isEmpty() ? QColor(0x1e, 0x5b, 0x16) : error ? QColor(0xa0, 0x1c, 0x10) : QColor(0x9a, 0x5b, 0x00));
        check->setToolTip(check->text());
    }
    m_filling = false;
    m_properties->resizeRowsToContents();

    QString html;
    for (const ProfileIssue &i : issues) {
        html += QStringLiteral("<div style='color:%1'>%2 %3</div>")
                    .arg(i.isError() ? QStringLiteral("#a01c10") : QStringLiteral("#9a5b00"),
                         i.isError() ? tr("Error:") : tr("Warning:"), i.message.toHtmlEscaped());
    }
    m_issues->setText(html);
    if (!m_builtin)
        m_save->setEnabled(!ProfileValidator::hasErrors(issues));
}

void ProfilesView::newProfile()
{
    Profile p;
    p.name = QStringLiteral("newProfile");
    showProfile(p);
    m_isNew = true;
    m_name->setReadOnly(false);
    m_name->selectAll();
    m_name->setFocus();
}

void ProfilesView::copyProfile()
{
    const Profile *source = m_model->profileAt(m_list->currentIndex().row());
    if (!source)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Copy profile"), tr("Name of the copy of %1:").arg(source->name),
                                               QLineEdit::Normal, source->name + QStringLiteral("Copy"), &ok);
    if (!ok || name.isEmpty())
        return;
    const QString sourceName = source->name;
    m_work->write({}, [sourceName, name](const Database &db) { return ProfileStore(db).copy(sourceName, name); },
                  [this, sourceName, name](const auto &copy) {
                      if (!copy) {
                          setMessage(copy.error(), true);
                          return;
                      }
                      reloadAndSelect(name);
                      setMessage(tr("Copied %1 to %2").arg(sourceName, name), false);
                  });
}

void ProfilesView::saveProfile()
{
    Profile p = editedProfile();
    if (p.builtin)
        return;
    const bool isNew = m_isNew;
    m_save->setEnabled(false);   // one save at a time; the answer enables it again
    m_work->write({}, [p, isNew](const Database &db) {
        ProfileStore store(db);
        return isNew ? store.add(p) : store.update(p);
    }, [this](const auto &saved) {
        if (!saved) {
            m_save->setEnabled(true);
            setMessage(tr("Not saved: %1").arg(saved.error()), true);
            return;
        }
        reloadAndSelect(saved->name);
        setMessage(tr("Saved %1 (version %2)").arg(saved->name).arg(saved->version), false);
        Q_EMIT profileSaved(saved->name);
    });
}

void ProfilesView::removeProfile()
{
    const Profile *p = m_model->profileAt(m_list->currentIndex().row());
    if (!p || p->builtin)
        return;
    const QString name = p->name;
    if (QMessageBox::question(this, tr("Delete profile"), tr("Delete the profile %1? Its history stays in the audit log.").arg(name))
        != QMessageBox::Yes)
        return;
    m_work->write({}, [name](const Database &db) { return ProfileStore(db).remove(name); }, [this, name](const Status &st) {
        if (!st) {
            setMessage(st.error(), true);
            return;
        }
        reload();
        setMessage(tr("Deleted %1").arg(name), false);
    });
}

} // namespace Switchboard
