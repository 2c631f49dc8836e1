#include "main/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Switchboard::Translations {

QList<QPair<QString, QString>> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString install(const QString &code)
{
    static QTranslator *app = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    app = new QTranslator;
    // A language without a translation gets English, not the source texts: they carry "(s)"
    // for plurals ("39 topic(s)") that only a translation's numerus forms turn into words.
    if (app->load(locale, QStringLiteral("switchboard"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || app->load(QStringLiteral(":/i18n/switchboard_en.qm"))) {
        QCoreApplication::installTranslator(app);
    } else {
        delete app;
        app = nullptr;
    }
    qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
        qt = nullptr;
    }
    QLocale::setDefault(locale);
    return code.isEmpty() ? locale.name().section(QLatin1Char('_'), 0, 0) : code;
}

} // namespace Switchboard::Translations
