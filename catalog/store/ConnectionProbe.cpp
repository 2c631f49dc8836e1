#include "store/ConnectionProbe.h"

#include "store/Database.h"

#include <sqlite3.h>

namespace Switchboard {

ChangeMark changeMark(const Database &db)
{
    ChangeMark mark;
    if (auto stmt = db.prepare(QStringLiteral("PRAGMA data_version")); stmt) {
        if (auto row = stmt->next(); row && *row)
            mark.others = stmt->integer(0);
    }
    mark.own = sqlite3_total_changes64(db.handle());
    return mark;
}

void tuneForReading(const Database &db)
{
    // Searches over a large catalog read the same FTS and topic pages again and again: a
    // bigger page cache and memory-mapped reads keep them off the read() path.
    (void)db.exec(QStringLiteral("PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456; PRAGMA temp_store = MEMORY;"));
}

} // namespace Switchboard
