// The German translation is complete and built into the app: every message of the .ts file is
// finished, and the compiled catalogue translates what the main window shows.

#include "clusters/ClusterDialog.h"
#include "crawl/CrawlTypes.h"
#include "main/MainWindow.h"
#include "main/Resources.h"
#include "main/Translations.h"
#include "snippets/SnippetRenderer.h"
#include "store/Database.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Switchboard;

class tst_Translations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyMessageFinished_data();
    void everyMessageFinished();
    void germanMainWindow();
    void germanCatalogTexts();
    void untranslatedLanguageGetsEnglishPlurals();
};

void tst_Translations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Translations::everyMessageFinished_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << QStringLiteral("switchboard_de.ts");
    QTest::newRow("en") << QStringLiteral("switchboard_en.ts");
}

void tst_Translations::everyMessageFinished()
{
    QFETCH(QString, file);
    QFile ts(qEnvironmentVariable("SWITCHBOARD_SOURCE_DIR") + QStringLiteral("/translations/") + file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type")).toString();
            QVERIFY2(type != QLatin1String("unfinished") && type != QLatin1String("vanished")
                         && type != QLatin1String("obsolete"),
                     qPrintable(QStringLiteral("%1: \"%2\" is %3").arg(file, source, type)));
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 150);
}

void tst_Translations::germanMainWindow()
{
    initResources();
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(db.ok());
    MainWindow window(std::move(db.value()));
    auto *openDemo = window.findChild<QPushButton *>(QStringLiteral("openDemo"));
    QVERIFY(openDemo);
    QCOMPARE(openDemo->text(), QStringLiteral("&Demo öffnen"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("crawlAllAction"))->text(), QStringLiteral("&Alle crawlen"));
    Translations::install(QStringLiteral("en"));
}

void tst_Translations::germanCatalogTexts()
{
    // Texts from the catalog library that the window shows as they are: cluster validation in
    // the cluster dialog, crawl phases in the progress strip, snippet formats in the chooser.
    initResources();
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    ClusterDialog dialog(Cluster{}, {QStringLiteral("prod")});
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("clusterName")), QStringLiteral("prod-eu"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("clusterBootstrap")), QStringLiteral("broker1:9092,broker2"));
    const QString validation = dialog.findChild<QLabel *>(QStringLiteral("clusterValidation"))->text();
    QVERIFY2(validation.contains(QStringLiteral("ist kein gültiger Bootstrap-Server")), qPrintable(validation));
    QCOMPARE(crawlPhaseLabel(CrawlPhase::Configs), QStringLiteral("Topic-Konfigurationen lesen"));
    QCOMPARE(crawlPhaseLabel(CrawlPhase::Store), QStringLiteral("Im Katalog speichern"));
    QCOMPARE(SnippetRenderer::title(SnippetFormat::JavaProperties), QStringLiteral("Java (Properties)"));
    QCOMPARE(QObject::tr("configurations of %n topic(s) (not authorized)", nullptr, 3),
             QStringLiteral("Konfigurationen von 3 Topics (nicht berechtigt)"));
    Translations::install(QStringLiteral("en"));
    QCOMPARE(crawlPhaseLabel(CrawlPhase::Configs), QStringLiteral("Reading topic configurations"));
}

void tst_Translations::untranslatedLanguageGetsEnglishPlurals()
{
    // A system language without a translation (French here, or the C locale) reads English,
    // plurals included: never the source's "39 topic(s)".
    Translations::install(QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("Switchboard::CatalogView", "%n topic(s)", nullptr, 39), QStringLiteral("39 topics"));
    QCOMPARE(QCoreApplication::translate("Switchboard::CatalogView", "%n topic(s)", nullptr, 1), QStringLiteral("1 topic"));
    Translations::install(QStringLiteral("en"));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
