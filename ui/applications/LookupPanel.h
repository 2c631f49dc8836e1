#pragma once

// "Try the lookup": the exact answer a client SDK gets for an application, a channel and a
// profile, with every secret redacted. Asked from a registered routing service itself (a real
// GET /servicegw with the application's token, asynchronous on Qt Network) when one is chosen
// and a token is given; otherwise computed from the catalog on a worker by the same code the
// routing service answers with (CatalogLookup -> LookupAnswer::resolve). The panel says which,
// and with what HTTP status. A token issued in this window is kept in memory for the panel
// while the window is open (never stored), so trying it needs no pasting.

#include "push/RoutingServiceStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;

namespace Switchboard {

class QueryRunner;

class LookupPanel : public QWidget {
    Q_OBJECT
public:
    LookupPanel(QueryRunner *runner, QWidget *parent = nullptr);

    // The application and what it can ask for (its granted channels, the profiles), and the
    // routing services it could ask.
    void setContext(const QString &application, const QStringList &channels, const QStringList &profiles,
                    const QList<RoutingService> &services);
    void setToken(const QString &application, const QString &token);

    void setChannel(const QString &channel);
    void setProfile(const QString &profile);
    void lookUp();

    QString sourceText() const;
    QString answerText() const;

signals:
    // A lookup finished (answer and source shown).
    void answered(int status);

private:
    void showAnswer(int status, const QByteArray &body, const QString &source);
    void askService(const RoutingService &service);
    void computeLocally(const QString &why);

    QueryRunner *m_runner;
    QNetworkAccessManager *m_network = nullptr;
    QString m_application;
    QList<RoutingService> m_services;
    QHash<QString, QString> m_tokens;   // application -> token issued in this window
    quint64 m_generation = 0;
    QComboBox *m_channel = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_environment = nullptr;
    QComboBox *m_ask = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_lookUp = nullptr;
    QLabel *m_source = nullptr;
    QPlainTextEdit *m_answer = nullptr;
};

} // namespace Switchboard
