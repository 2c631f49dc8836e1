#pragma once

// The desktop's pushers write each push's outcome on the QueryRunner's writer, not on the GUI
// thread (BundlePusher::setRecorder); the pusher hears back once it is written.

#include "main/QueryRunner.h"
#include "push/BundlePusher.h"

namespace Switchboard {

inline void recordPushesOnWriter(BundlePusher *pusher, QueryRunner *runner)
{
    pusher->setRecorder([pusher, runner](BundlePusher::RecordJob job, std::function<void(const Status &)> then) {
        onResultReady(runner->write(std::move(job)), pusher, std::move(then));
    });
}

} // namespace Switchboard
