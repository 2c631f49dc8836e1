#include "TempCatalog.h"

namespace Switchboard::Test {

TempCatalog::TempCatalog()
{
    reopen();
}

bool TempCatalog::reopen()
{
    m_db.reset();
    auto db = Database::open(path());
    if (!db) {
        m_error = db.error();
        return false;
    }
    m_db = std::move(db.value());
    return true;
}

} // namespace Switchboard::Test
