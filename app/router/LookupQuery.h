#pragma once

// What a lookup asks for, whichever way it was asked, and the /servicegw query string parser:
//   config_profile=P&channel=URI[&channel[1]=URI...|&channel[]=URI...][&kafka.env=E]
//   [&config_profile.type=T][&kafka.group.id=G]
// Kept apart from the gateway so its unit tests and fuzz/fuzz_lookup_query.cpp drive exactly the
// code that reads a client's query.

#include "core/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Switchboard::Router {

struct LookupRequest {
    QString profile;            // empty: none given (allowed only for the header-based lookup)
    QStringList channels;       // as given: channel[N] in index order, then channel[] in query order
    QString environment;        // kafka.env
    QString profileType;        // config_profile.type, checked against the profile's role
    QString consumerGroup;      // kafka.group.id: the group a consumer asks for (ConsumerGroup)
    bool profileRequired = true;
};

// The query string (without '?') to a lookup, or a message for a 400 answer. Other (dotted)
// parameters are extensions of newer SDKs: ignored, as the protocol says.
Result<LookupRequest> parseLookupQuery(QByteArrayView query);

} // namespace Switchboard::Router
