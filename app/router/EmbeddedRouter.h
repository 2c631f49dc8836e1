#pragma once

// The routing service inside another process (the desktop's demo): a RouterService on a thread
// of its own with its own event loop (the listening socket; lookups run on its epoll worker), on
// a free loopback port, with a fresh key pair and a temporary state folder. Destroying it stops
// the service, joins its threads and removes the folder.

#include "demo/DemoRoutingService.h"

#include <QTemporaryDir>

#include <memory>

class QThread;
class QObject;

namespace Switchboard::Router {

class RouterService;

class EmbeddedRouter : public DemoRoutingService {
public:
    EmbeddedRouter();
    ~EmbeddedRouter() override;

    // Not from the thread it creates (it waits for that thread). Blocks until the service listens.
    Result<Endpoint> start(const QByteArray &portalPublicKey) override;
    quint16 port() const { return m_port; }

    // Registers EmbeddedRouter as the demo's routing service (the desktop's main, tests).
    static void registerAsDemoService();

private:
    void stop();

    QTemporaryDir m_dir;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr;           // lives in m_thread: where the service is made and ended
    RouterService *m_service = nullptr;     // lives in m_thread
    quint16 m_port = 0;
};

} // namespace Switchboard::Router
