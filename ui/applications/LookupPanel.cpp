#include "applications/LookupPanel.h"

#include "bundle/CatalogLookup.h"
#include "main/QueryRunner.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

constexpr int kLookupTimeoutMs = 10000;

} // namespace

LookupPanel::LookupPanel(QueryRunner *runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("lookupPanel"));
    m_network = new QNetworkAccessManager(this);
    m_network->setTransferTimeout(kLookupTimeoutMs);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("lookupChannel"));
    m_channel->setAccessibleName(tr("Channel to look up"));
    m_channel->setEditable(true);
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("C&hannel:"), m_channel);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("lookupProfile"));
    m_profile->setAccessibleName(tr("Config profile"));
    form->addRow(tr("&Profile:"), m_profile);
    m_environment = new QLineEdit(this);
    m_environment->setObjectName(QStringLiteral("lookupEnvironment"));
    m_environment->setAccessibleName(tr("Environment (kafka.env)"));
    m_environment->setPlaceholderText(tr("optional: kafka.env, needed when the channel is bound in several environments"));
    form->addRow(tr("&Environment:"), m_environment);
    m_ask = new QComboBox(this);
    m_ask->setObjectName(QStringLiteral("lookupSource"));
    m_ask->setAccessibleName(tr("Ask"));
    form->addRow(tr("As&k:"), m_ask);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("lookupToken"));
    m_token->setAccessibleName(tr("Routing token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("the application's routing token (sbt_…); a token issued in this window is filled in"));
    form->addRow(tr("&Token:"), m_token);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    m_lookUp = new QPushButton(tr("&Look up"), this);
    m_lookUp->setObjectName(QStringLiteral("lookUp"));
    row->addWidget(m_lookUp);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("lookupSourceText"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_source, 1);
    layout->addLayout(row);
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("lookupAnswer"));
    m_answer->setAccessibleName(tr("Lookup answer"));
    m_answer->setReadOnly(true);
    m_answer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_answer->setPlaceholderText(tr("The answer an SDK gets, secrets redacted."));
    layout->addWidget(m_answer, 1);
    connect(m_lookUp, &QPushButton::clicked, this, &LookupPanel::lookUp);
    connect(m_ask, &QComboBox::currentIndexChanged, this, [this] { m_token->setEnabled(m_ask->currentData().toLongLong() > 0); });
}

void LookupPanel::setContext(const QString &application, const QStringList &channels, const QStringList &profiles,
                             const QList<RoutingService> &services)
{
    const bool sameApp = application == m_application;
    const QString keepChannel = m_channel->currentText();
    const QString keepProfile = m_profile->currentText();
    const qint64 keepService = m_ask->currentData().toLongLong();
    m_application = application;
    m_services = services;
    m_channel->clear();
    m_channel->addItems(channels);
    m_profile->clear();
    m_profile->addItems(profiles);
    m_ask->clear();
    for (const RoutingService &s : services)
        m_ask->addItem(tr("Routing service %1 (%2)").arg(s.name, s.url), s.id);
    m_ask->addItem(tr("This catalog (computed locally)"), qint64(0));
    if (sameApp) {
        m_channel->setCurrentText(keepChannel);
        if (m_profile->findText(keepProfile) >= 0)
            m_profile->setCurrentText(keepProfile);
        if (m_ask->findData(keepService) >= 0)
            m_ask->setCurrentIndex(m_ask->findData(keepService));
    } else {
        m_token->setText(m_tokens.value(application));
        m_answer->clear();
        m_source->clear();
    }
    m_token->setEnabled(m_ask->currentData().toLongLong() > 0);
    m_lookUp->setEnabled(!application.isEmpty());
}

void LookupPanel::setToken(const QString &application, const QString &token)
{
    m_tokens.insert(application, token);
    if (application == m_application)
        m_token->setText(token);
}

void LookupPanel::setChannel(const QString &channel) { m_channel->setCurrentText(channel); }
void LookupPanel::setProfile(const QString &profile) { m_profile->setCurrentIndex(m_profile->findText(profile)); }
QString LookupPanel::sourceText() const { return m_source->text(); }
QString LookupPanel::answerText() const { return m_answer->toPlainText(); }

void LookupPanel::lookUp()
{
    if (m_application.isEmpty())
        return;
    const qint64 serviceId = m_ask->currentData().toLongLong();
    if (serviceId > 0) {
        for (const RoutingService &s : m_services) {
            if (s.id != serviceId)
                continue;
            if (m_token->text().trimmed().isEmpty()) {
                computeLocally(tr("no token given to ask %1 with").arg(s.name));
                return;
            }
            askService(s);
            return;
        }
    }
    computeLocally(m_services.isEmpty() ? tr("no routing service is registered") : QString());
}

void LookupPanel::askService(const RoutingService &service)
{
    QUrl url(service.url);
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + QStringLiteral("servicegw") : url.path() + QStringLiteral("/servicegw"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("config_profile"), QString::fromLatin1(QUrl::toPercentEncoding(m_profile->currentText())));
    query.addQueryItem(QStringLiteral("channel"), QString::fromLatin1(QUrl::toPercentEncoding(m_channel->currentText().trimmed())));
    if (!m_environment->text().trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("kafka.env"), QString::fromLatin1(QUrl::toPercentEncoding(m_environment->text().trimmed())));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         "Basic " + (m_application.toUtf8() + ':' + m_token->text().trimmed().toUtf8()).toBase64());
    if (!service.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromData(service.caCertificates, QSsl::Pem));
        request.setSslConfiguration(ssl);
    }
    const quint64 generation = ++m_generation;
    m_lookUp->setEnabled(false);
    m_source->setText(tr("Asking %1…").arg(service.name));
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, name = service.name, url = service.url] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_lookUp->setEnabled(true);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {   // no HTTP answer at all: say so, and show what the catalog says instead
            computeLocally(tr("routing service %1 did not answer: %2").arg(name, reply->errorString()));
            return;
        }
        showAnswer(status, reply->readAll(), tr("Answer from routing service %1 (%2)").arg(name, url));
    });
}

void LookupPanel::computeLocally(const QString &why)
{
    LookupRequest lookup;
    lookup.profile = m_profile->currentText();
    lookup.channels = {m_channel->currentText().trimmed()};
    lookup.environment = m_environment->text().trimmed();
    const quint64 generation = ++m_generation;
    m_lookUp->setEnabled(false);
    auto future = m_runner->run([application = m_application, lookup](const Database &db) -> Result<LookupAnswer> {
        auto source = CatalogLookup::load(db);
        if (!source)
            return makeError(source.error());
        return (*source)->answer(application, lookup);
    });
    onResultReady(future, this, [this, generation, why](const Result<LookupAnswer> &answer) {
        if (generation != m_generation)
            return;
        m_lookUp->setEnabled(true);
        QString source = tr("Computed locally from this catalog by the routing service's own code (not asked over HTTP)");
        if (!why.isEmpty())
            source += QStringLiteral(": ") + why;
        if (!answer) {
            m_source->setText(source);
            m_answer->setPlainText(answer.error());
            emit answered(0);
            return;
        }
        const QByteArray body = answer->ok() ? QJsonDocument(answer->body).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(QJsonObject{{QStringLiteral("message"), answer->message}})
                                                   .toJson(QJsonDocument::Compact);
        showAnswer(answer->status, body, source);
    });
}

void LookupPanel::showAnswer(int status, const QByteArray &body, const QString &source)
{
    m_source->setText(tr("%1 · HTTP %2").arg(source).arg(status));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        m_answer->setPlainText(QString::fromUtf8(QJsonDocument(LookupAnswer::redacted(doc.object())).toJson(QJsonDocument::Indented)));
    else
        m_answer->setPlainText(tr("(not JSON: %n byte(s))", nullptr, int(body.size())));
    emit answered(status);
}

} // namespace Switchboard
