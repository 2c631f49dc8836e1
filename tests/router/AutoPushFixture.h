#pragma once

// Shared by the automatic-push tests (CLI and desktop): a catalog with a vault, a cluster, a
// channel bound to a topic, an application with a token and credentials, and a pending produce
// request; the real switchboard-router trusting the catalog's portal key.

#include "RouterHarness.h"
#include "TempCatalog.h"

#include "vault/Vault.h"

#include <memory>

namespace Switchboard::Test {

struct AutoPushFixture {
    static QByteArray passphrase() { return "auto-push test passphrase"; }

    TempCatalog catalog;
    std::unique_ptr<Vault> vault;
    BundleKeys keys;
    std::unique_ptr<RouterProcess> router;
    QString application = QStringLiteral("billing");
    QString channel;
    QString token;
    QString requestUuid;   // a pending produce request of the application on the channel

    // Builds everything and starts the router (unless told not to); false with the reason in *error.
    bool setUp(QString *error, bool startRouter = true);
    QString url() const;
    // GET /servicegw for the application on the channel as a producer; the HTTP status.
    int lookup() const;
    // The bundle version the router serves (/healthz), 0 without one.
    qint64 servedVersion() const;
};

} // namespace Switchboard::Test
