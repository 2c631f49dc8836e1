#pragma once

// The ui library's compiled-in resources (icons) live in a static library, whose resource
// initializer the linker may drop; everything that shows ui calls this first (idempotent).

namespace Switchboard {
void initResources();
} // namespace Switchboard
