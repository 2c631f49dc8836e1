// The catalog file: creation, migrations, and refusing what it must not touch.

#include "TempCatalog.h"
#include "VerifyResult.h"
#include "store/Database.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Switchboard;

namespace {
// The permission bits as `ls -l` shows them in octal; -1 when the file is not there.
int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Sets the process umask for one test and puts the old one back.
class ScopedUmask {
public:
    explicit ScopedUmask(mode_t mask) : m_old(::umask(mask)) {}
    ~ScopedUmask() { ::umask(m_old); }

private:
    mode_t m_old;
};
} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newCatalogIsAtLatestSchema()
    {
        Test::TempCatalog catalog;
        QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(catalog.db().schemaVersion(), Database::latestSchemaVersion());
        auto mode = catalog.db().prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode);
        QVERIFY(*mode->next());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
        auto fk = catalog.db().prepare(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(*fk->next());
        QCOMPARE(fk->integer(0), 1);
    }

    // Issue 19: the catalog was created 0644. Whatever the umask, the file, its WAL and shared
    // memory file are the owner's only, and so is a folder open() had to make.
    void newCatalogIsOwnerOnly_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 022") << 0022;
        QTest::newRow("umask 000") << 0000;
        QTest::newRow("umask 002") << 0002;
    }
    void newCatalogIsOwnerOnly()
    {
        QFETCH(int, mask);
        QTemporaryDir dir;
        const ScopedUmask scopedUmask{mode_t(mask)};   // braces: with parentheses this declared a function
        QTest::failOnWarning(QRegularExpression(QStringLiteral("could be read by other users")));
        const QString path = dir.filePath(QStringLiteral("new/folder/catalog.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('a', '1')")));
        // While the connection is open, WAL mode keeps both side files.
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new/folder"))), 0700);
        // A second connection (a worker's) changes nothing.
        auto second = Database::open(path);
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
    }

    void looserCatalogIsTightenedWithANote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        auto first = Database::open(path);
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY((*first)->exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('a', '1')")));
        // As an earlier build left it: readable by everyone.
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        // The note names the file and what its mode was.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^switchboard: .*/catalog\\.sqlite could be read by other users "
                                                                             "\\(mode 644\\); it is now readable by its owner only")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("catalog\\.sqlite-wal could be read by other users")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("catalog\\.sqlite-shm could be read by other users")));
        auto again = Database::open(path);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        // The data is still there.
        auto count = (*again)->prepare(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'a'"));
        QVERIFY(*count->next());
        QCOMPARE(count->integer(0), 1);
        // Once tight, nothing more to say.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        auto third = Database::open(path);
        QVERIFY(third);
    }

    void catalogFromNewerBuildIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY_RESULT(db);
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version=9999")));
        }
        auto again = Database::open(path);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QLatin1String("newer Switchboard")), qPrintable(again.error()));
        // Still at the newer version: nothing was migrated or damaged.
        auto raw = Database::open(QStringLiteral(":memory:"));
        QVERIFY(raw);
        QVERIFY((*raw)->exec(QStringLiteral("ATTACH DATABASE '%1' AS other").arg(path)));
        auto v = (*raw)->prepare(QStringLiteral("PRAGMA other.user_version"));
        QVERIFY(*v->next());
        QCOMPARE(v->integer(0), 9999);
    }

    void fileThatIsNotACatalogIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(path), qPrintable(db.error()));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x'));
    }

    void transactionRollsBackUnlessCommitted()
    {
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        {
            auto tx = catalog.db().transaction();
            QVERIFY(catalog.db().exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('a', '1')")));
        }
        auto count = catalog.db().prepare(QStringLiteral("SELECT count(*) FROM settings"));
        QVERIFY(*count->next());
        QCOMPARE(count->integer(0), 0);
    }

    void nestedTransactionsAreSavepoints()
    {
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        auto count = [&] {
            auto stmt = catalog.db().prepare(QStringLiteral("SELECT count(*) FROM settings"));
            return *stmt->next() ? stmt->integer(0) : -1;
        };
        {
            auto outer = catalog.db().transaction();
            QVERIFY(catalog.db().exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('outer', '1')")));
            {
                auto inner = catalog.db().transaction();
                QVERIFY(catalog.db().exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('dropped', '1')")));
            }   // inner rolled back alone
            {
                auto inner = catalog.db().transaction();
                QVERIFY(catalog.db().exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('kept', '1')")));
                QVERIFY(inner.commit());
            }
            QCOMPARE(count(), 2);
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(), 2);
        {
            auto outer = catalog.db().transaction();
            auto inner = catalog.db().transaction();
            QVERIFY(catalog.db().exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('gone', '1')")));
            QVERIFY(inner.commit());
        }   // the outer rollback takes the committed savepoint with it
        QCOMPARE(count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
