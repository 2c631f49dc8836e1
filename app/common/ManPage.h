#pragma once

// Man pages (roff, man(7) macros) generated from what an executable already knows about its
// command line, so that --help and the page cannot drift apart. Used by switchboard-cli (from
// its command descriptions) and switchboard-router (from its QCommandLineParser).

#include <QList>
#include <QString>
#include <QStringList>

namespace Switchboard::ManPage {

struct Entry {
    QString term;          // "--ttl SECONDS", "cluster add NAME"
    QString description;
};

struct Section {
    QString title;         // "COMMANDS"
    QString text;          // paragraphs, separated by blank lines
    QList<Entry> entries;  // a tagged list after the text
    QList<Section> subsections;
};

struct Page {
    QString name;          // switchboard-cli
    QString section = QStringLiteral("1");
    QString summary;       // one line for NAME
    QStringList synopsis;  // one line each
    QString version;
    QList<Section> sections;
};

QString render(const Page &page);

// The options of QCommandLineParser::helpText() ("  -h, --help   Displays ..."), continuation
// lines joined: the router's man page comes from the very text its --help prints.
QList<Entry> optionsFromHelpText(const QString &helpText);

// Text with roff's special characters escaped (backslashes, hyphens, leading dots).
QString escape(const QString &text);

} // namespace Switchboard::ManPage
