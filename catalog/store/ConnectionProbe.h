#pragma once

// What the desktop asks of one catalog connection without writing SQL itself: a mark that
// changes when the catalog does (the automatic push polls it) and the tuning of a worker's
// connection that serves many reads.

#include <QtGlobal>

namespace Switchboard {

class Database;

// Commits by other connections (PRAGMA data_version) and rows changed through this one
// (total_changes()); -1 when unknown.
struct ChangeMark {
    qint64 others = -1;
    qint64 own = -1;
    friend bool operator==(const ChangeMark &, const ChangeMark &) = default;
};
ChangeMark changeMark(const Database &db);

// A bigger page cache, memory-mapped reads, temporary tables in memory. Best effort.
void tuneForReading(const Database &db);

} // namespace Switchboard
