#include "applications/ApplicationDialog.h"

#include "routing/ApplicationStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Switchboard {

ApplicationDialog::ApplicationDialog(const QList<Cluster> &clusters, const std::optional<Application> &existing, QWidget *parent)
    : QDialog(parent), m_clusters(clusters)
{
    setObjectName(QStringLiteral("applicationDialog"));
    setWindowTitle(existing ? tr("Edit application") : tr("Register application"));
    resize(560, 460);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Application name"));
    m_name->setPlaceholderText(tr("e.g. billing-service"));
    form->addRow(tr("&Name:"), m_name);
    m_team = new QLineEdit(this);
    m_team->setObjectName(QStringLiteral("team"));
    m_team->setAccessibleName(tr("Owner team"));
    form->addRow(tr("Owner &team:"), m_team);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);

    auto *principalsLabel = new QLabel(tr("Kafka &principal per cluster (used to provision ACLs), e.g. User:billing:"), this);
    principalsLabel->setWordWrap(true);
    layout->addWidget(principalsLabel);
    m_principals = new QTableWidget(int(clusters.size()), 2, this);
    m_principals->setObjectName(QStringLiteral("principals"));
    m_principals->setAccessibleName(tr("Principal per cluster"));
    m_principals->setHorizontalHeaderLabels({tr("Cluster"), tr("Principal")});
    m_principals->verticalHeader()->hide();
    m_principals->horizontalHeader()->setStretchLastSection(true);
    m_principals->setTabKeyNavigation(false);
    principalsLabel->setBuddy(m_principals);
    for (int row = 0; row < clusters.size(); ++row) {
        auto *name = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(clusters.at(row).name, clusters.at(row).environment));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_principals->setItem(row, 0, name);
        const QString principal = existing ? existing->principals.value(clusters.at(row).id) : QString();
        m_principals->setItem(row, 1, new QTableWidgetItem(principal));
    }
    m_principals->resizeColumnToContents(0);
    layout->addWidget(m_principals, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link);"));
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("&Save") : tr("&Register"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (existing) {
        m_id = existing->id;
        m_name->setText(existing->name);
        m_name->setReadOnly(true);   // tokens, grants and the routing service know it by name
        m_team->setText(existing->ownerTeam);
        m_description->setPlainText(existing->description);
    }
    setTabOrder(m_name, m_team);
    setTabOrder(m_team, m_description);
    setTabOrder(m_description, m_principals);
    setTabOrder(m_principals, m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &ApplicationDialog::validate);
    connect(m_principals, &QTableWidget::itemChanged, this, &ApplicationDialog::validate);
    validate();
}

void ApplicationDialog::validate()
{
    QString error;
    if (auto st = ApplicationStore::validateName(m_name->text().trimmed()); !st)
        error = m_name->text().trimmed().isEmpty() ? tr("Give the application a name.") : st.error();
    for (int row = 0; error.isEmpty() && row < m_principals->rowCount(); ++row) {
        const QString principal = m_principals->item(row, 1) ? m_principals->item(row, 1)->text().trimmed() : QString();
        if (principal.isEmpty())
            continue;
        if (auto st = ApplicationStore::validatePrincipal(principal); !st)
            error = tr("%1: %2").arg(m_clusters.at(row).name, st.error());
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

Application ApplicationDialog::application() const
{
    Application app;
    app.id = m_id;
    app.name = m_name->text().trimmed();
    app.ownerTeam = m_team->text().trimmed();
    app.description = m_description->toPlainText().trimmed();
    for (int row = 0; row < m_principals->rowCount(); ++row) {
        const QString principal = m_principals->item(row, 1)->text().trimmed();
        if (!principal.isEmpty())
            app.principals.insert(m_clusters.at(row).id, principal);
    }
    return app;
}

QMap<QString, QString> ApplicationDialog::principalsByCluster() const
{
    QMap<QString, QString> out;
    for (int row = 0; row < m_principals->rowCount(); ++row)
        out.insert(m_clusters.at(row).name, m_principals->item(row, 1)->text().trimmed());
    return out;
}

} // namespace Switchboard
