#pragma once

// The demo's routing service: the real routing service (app/router) running inside the desktop
// process on a free loopback port, so a newcomer can push and look a channel up without
// installing a server. The catalog and the ui cannot link app/router (no arrow runs back up),
// so the executable that can (the desktop's main, a test) registers a factory here; without
// one the demo simply has no routing service.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace Switchboard {

class DemoRoutingService {
public:
    struct Endpoint {
        QString url;            // http://127.0.0.1:<port>
        QByteArray publicKey;   // the service's X25519 public key (raw, 32 bytes): bundles are sealed to it
    };

    virtual ~DemoRoutingService() = default;   // stops serving

    // Starts serving on 127.0.0.1 (a free port, a fresh key pair, a state folder of its own that
    // goes away with it), installing only bundles signed by the portal's Ed25519 key (raw, 32
    // bytes). Blocks briefly: call it off the GUI thread.
    virtual Result<Endpoint> start(const QByteArray &portalPublicKey) = 0;

    // The name the demo's service is registered under in the catalog.
    static QString serviceName() { return QStringLiteral("demo"); }

    using Factory = std::function<std::unique_ptr<DemoRoutingService>()>;
    static void setFactory(Factory factory);
    static bool isAvailable();
    // A new, not yet started service; nullptr when no factory is registered.
    static std::unique_ptr<DemoRoutingService> create();
};

} // namespace Switchboard
