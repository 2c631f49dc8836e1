#include "clusters/ClusterDialog.h"

#include "clusters/ClusterStore.h"
#include "kafka/AdminClient.h"
#include "main/QueryRunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Switchboard {

namespace {

// "key=value" per line; blank lines and # comments are ignored.
QMap<QString, QString> parseProperties(const QString &text, QString *error)
{
    QMap<QString, QString> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (error)
                *error = ClusterDialog::tr("Line %1: write a property as name=value").arg(i + 1);
            return {};
        }
        out.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return out;
}

} // namespace

ClusterDialog::ClusterDialog(const Cluster &cluster, const QStringList &environments, QWidget *parent)
    : QDialog(parent), m_original(cluster)
{
    setObjectName(QStringLiteral("clusterDialog"));
    setWindowTitle(cluster.id == 0 ? tr("Add a cluster") : tr("Edit cluster %1").arg(cluster.name));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(cluster.name, this);
    m_name->setObjectName(QStringLiteral("clusterName"));
    m_name->setPlaceholderText(tr("e.g. prod-eu"));
    form->addRow(tr("&Name:"), m_name);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("clusterEnvironment"));
    m_environment->setEditable(true);
    QStringList envs = environments;
    for (const QString &e : {QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("dev")}) {
        if (!envs.contains(e))
            envs << e;
    }
    m_environment->addItems(envs);
    m_environment->setCurrentText(cluster.environment);
    form->addRow(tr("&Environment:"), m_environment);
    m_bootstrap = new QLineEdit(cluster.bootstrapServers, this);
    m_bootstrap->setObjectName(QStringLiteral("clusterBootstrap"));
    m_bootstrap->setPlaceholderText(tr("host:port[,host:port…]"));
    form->addRow(tr("&Bootstrap servers:"), m_bootstrap);
    m_properties = new QPlainTextEdit(this);
    m_properties->setObjectName(QStringLiteral("clusterProperties"));
    m_properties->setPlaceholderText(tr("security.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nsasl.username=crawler"));
    QStringList lines;
    for (auto it = cluster.properties.cbegin(); it != cluster.properties.cend(); ++it)
        lines << QStringLiteral("%1=%2").arg(it.key(), it.value());
    m_properties->setPlainText(lines.join(QLatin1Char('\n')));
    m_properties->setMaximumHeight(110);
    form->addRow(tr("Client &properties:"), m_properties);
    form->addRow(QString(), new QLabel(tr("Passwords are not stored here: they belong in the vault."), this));

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("clusterValidation"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #da4453;"));
    form->addRow(m_validation);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    form->addRow(m_test, m_testResult);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ClusterDialog::validate);
    connect(m_environment, &QComboBox::currentTextChanged, this, &ClusterDialog::validate);
    connect(m_bootstrap, &QLineEdit::textChanged, this, &ClusterDialog::validate);
    connect(m_properties, &QPlainTextEdit::textChanged, this, &ClusterDialog::validate);
    connect(m_test, &QPushButton::clicked, this, &ClusterDialog::testConnection);
    resize(520, sizeHint().height());
    validate();
}

Cluster ClusterDialog::cluster() const
{
    Cluster c = m_original;
    c.name = m_name->text().trimmed();
    c.environment = m_environment->currentText().trimmed();
    c.bootstrapServers = m_bootstrap->text().trimmed();
    c.properties = parseProperties(m_properties->toPlainText(), nullptr);
    return c;
}

QString ClusterDialog::validationMessage() const
{
    return m_validation->text();
}

void ClusterDialog::validate()
{
    QString error;
    parseProperties(m_properties->toPlainText(), &error);
    if (error.isEmpty()) {
        if (auto st = ClusterStore::validate(cluster()); !st)
            error = st.error();
    }
    m_valid = error.isEmpty();
    m_validation->setText(error);
    m_validation->setVisible(!m_valid);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_valid);
    m_test->setEnabled(m_valid);
}

void ClusterDialog::testConnection()
{
    if (!m_valid)
        return;
    const quint64 generation = ++m_testGeneration;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    const ClientConfig config = cluster().clientConfig();
    // A task of the application's pool: the dialog may close before the answer comes; the
    // watcher is the dialog's child and goes with it, so a late answer finds no one.
    auto future = QueryRunner::runTask([config]() -> Result<QString> {
        auto admin = AdminClient::create(config, kTestTimeoutMs);
        if (!admin)
            return makeError(admin.error());
        // The probe fails within a second or so when nothing listens or the credentials are
        // refused, where a Metadata request would wait for the whole timeout.
        if (auto st = (*admin)->probe(kTestTimeoutMs); !st)
            return makeError(st.error());
        auto md = (*admin)->metadata();
        if (!md)
            return makeError(md.error());
        return tr("Connected: %n broker(s), %1 topics", nullptr, int(md->brokers.size())).arg(md->topics.size());
    });
    onResultReady(future, this, [this, generation](const Result<QString> &result) {
        if (generation != m_testGeneration)
            return;
        m_test->setEnabled(m_valid);
        m_testResult->setText(result ? *result : tr("Failed: %1").arg(result.error()));
        m_testResult->setStyleSheet(result ? QStringLiteral("color: #27ae60;") : QStringLiteral("color: #da4453;"));
        emit connectionTested(result.ok(), m_testResult->text());
    });
}

} // namespace Switchboard
