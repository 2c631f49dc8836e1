#include "TempCatalog.h"

namespace Switchboard::Test {

TempCatalog::TempCatalog()
{
    reopen();
}

bool TempCatalog::reopen()
{
    m_db.reset();
    // The test's own connection: its setup and checks may run on the GUI thread even where the
    // GUI tests guard that thread against the views' catalog work (Database::guardThread).
    const Database::GuardedThreadAllowance testSetup;
    auto db = Database::open(path());
    if (!db) {
        m_error = db.error();
        return false;
    }
    m_db = std::move(db.value());
    m_db->allowOnGuardedThread();
    return true;
}

} // namespace Switchboard::Test
