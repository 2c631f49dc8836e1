#pragma once

// A catalog in a fresh temporary folder, removed with the object.

#include "store/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace Switchboard::Test {

class TempCatalog {
public:
    TempCatalog();
    bool isValid() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    QString path() const { return m_dir.filePath(QStringLiteral("catalog.sqlite")); }
    QString dir() const { return m_dir.path(); }
    Database &db() const { return *m_db; }
    // Closes and reopens the file (to check what survives).
    bool reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

} // namespace Switchboard::Test
