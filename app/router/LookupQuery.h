#pragma once

// What a lookup asks for, whichever way it was asked, and the /servicegw query string parser:
//   config_profile=P&channel=URI[&channel[1]=URI...|&channel[]=URI...][&kafka.env=E]
//   [&config_profile.type=T][&kafka.group.id=G]
// Kept apart from the gateway so its unit tests and fuzz/fuzz_lookup_query.cpp drive exactly the
// code that reads a client's query.

#include "core/Result.h"
#include "routing/LookupAnswer.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Switchboard::Router {

using LookupRequest = Switchboard::LookupRequest;   // catalog/routing/LookupAnswer.h

// The query string (without '?') to a lookup, or a message for a 400 answer. Other (dotted)
// parameters are extensions of newer SDKs: ignored, as the protocol says.
Result<LookupRequest> parseLookupQuery(QByteArrayView query);

} // namespace Switchboard::Router
