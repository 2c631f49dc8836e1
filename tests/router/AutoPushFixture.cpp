#include "AutoPushFixture.h"

#include "clusters/ClusterStore.h"
#include "requests/RequestStore.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"

#include <QJsonObject>
#include <QUrl>

namespace Switchboard::Test {

bool AutoPushFixture::setUp(QString *error, bool startRouter)
{
    if (!catalog.isValid()) {
        *error = catalog.error();
        return false;
    }
    if (!BundleCrypto::initialize()) {
        *error = QStringLiteral("libsodium");
        return false;
    }
    Database &db = catalog.db();
    vault = std::make_unique<Vault>(db);
    auto fail = [error](const QString &what, const QString &why) {
        *error = what + QStringLiteral(": ") + why;
        return false;
    };
    if (auto st = vault->initialize(SecretBytes(passphrase())); !st)
        return fail(QStringLiteral("vault"), st.error());
    Cluster cluster;
    cluster.name = QStringLiteral("auto");
    cluster.environment = QStringLiteral("prod");
    cluster.bootstrapServers = QStringLiteral("127.0.0.1:9");   // never contacted: no ACLs are provisioned here
    auto added = ClusterStore(db).add(cluster);
    if (!added)
        return fail(QStringLiteral("cluster"), added.error());
    channel = QStringLiteral("kafka://auto.example.com/billing/invoices");
    if (auto b = ChannelStore(db).bind(channel, QStringLiteral("prod"), QStringLiteral("auto"), QStringLiteral("invoices"), true); !b)
        return fail(QStringLiteral("bind"), b.error());
    Application app;
    app.name = application;
    if (auto st = ApplicationStore(db).add(app); !st)
        return fail(QStringLiteral("application"), st.error());
    if (auto st = CredentialStore(db, *vault).set(application, added->id, QStringLiteral("PLAIN"), QStringLiteral("alice"),
                                                  SecretBytes::fromString(QStringLiteral("not-a-real-password")));
        !st)
        return fail(QStringLiteral("credential"), st.error());
    auto issued = TokenStore(db, *vault).issue(application);
    if (!issued)
        return fail(QStringLiteral("token"), issued.error());
    token = issued->value.toString();
    AccessRequest request;
    request.application = application;
    request.channel = channel;
    request.intent = Intent::Produce;
    request.justification = QStringLiteral("billing writes invoices");
    auto filed = RequestStore(db).file(request);
    if (!filed)
        return fail(QStringLiteral("request"), filed.error());
    requestUuid = filed->uuid;

    auto signing = vault->signingKeyPair();
    if (!signing)
        return fail(QStringLiteral("signing key"), signing.error());
    keys.portal = Ed25519KeyPair{signing->publicKey, signing->secretKey.bytes()};
    if (!startRouter)
        return true;
    router = std::make_unique<RouterProcess>(keys);
    return router->start(error);
}

QString AutoPushFixture::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(router->port());
}

int AutoPushFixture::lookup() const
{
    return httpRequest(router->port(), "GET",
                       "/servicegw?config_profile=durableWrite&channel=" + QUrl::toPercentEncoding(channel),
                       {{"Authorization", basicAuth(application, token)}})
        .status;
}

qint64 AutoPushFixture::servedVersion() const
{
    const HttpReply r = httpRequest(router->port(), "GET", "/healthz");
    return r.status == 200 ? r.json().value(QStringLiteral("bundle_version")).toInteger() : 0;
}

} // namespace Switchboard::Test
