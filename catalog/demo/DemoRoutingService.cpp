#include "demo/DemoRoutingService.h"

#include <QMutex>

namespace Switchboard {

namespace {
QMutex factoryMutex;
DemoRoutingService::Factory &factory()
{
    static DemoRoutingService::Factory f;
    return f;
}
} // namespace

void DemoRoutingService::setFactory(Factory f)
{
    const QMutexLocker lock(&factoryMutex);
    factory() = std::move(f);
}

bool DemoRoutingService::isAvailable()
{
    const QMutexLocker lock(&factoryMutex);
    return bool(factory());
}

std::unique_ptr<DemoRoutingService> DemoRoutingService::create()
{
    Factory f;
    {
        const QMutexLocker lock(&factoryMutex);
        f = factory();
    }
    return f ? f() : nullptr;
}

} // namespace Switchboard
