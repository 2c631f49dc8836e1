// The catalog file: creation, migrations, and refusing what it must not touch.

#include "TempCatalog.h"
#include "VerifyResult.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

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
