#include "main/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initSwitchboardResources()
{
    Q_INIT_RESOURCE(switchboard);
}

namespace Switchboard {

void initResources()
{
    static bool done = false;
    if (!done) {
        initSwitchboardResources();
        done = true;
    }
}

} // namespace Switchboard
