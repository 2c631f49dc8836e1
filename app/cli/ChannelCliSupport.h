#pragma once

// Helpers shared by the channel, grant and request commands (not API).

#include "Cli.h"
#include "requests/Role.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Switchboard::Cli::Internal {

inline QCommandLineOption opt(const char *name, const char *help, const char *valueName = nullptr)
{
    return valueName ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(valueName))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
}

inline QString value(const QCommandLineParser &p, const char *name) { return p.value(QString::fromLatin1(name)); }
inline bool isSet(const QCommandLineParser &p, const char *name) { return p.isSet(QString::fromLatin1(name)); }

// Parses args for "command sub"; on a bad option or wrong positional count prints the error.
inline bool parse(Context &ctx, QCommandLineParser &parser, const QString &command, const QStringList &args,
                  int minPositional, int maxPositional, int *status)
{
    if (!parser.parse(QStringList{command} + args)) {
        *status = ctx.fail(parser.errorText());
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        *status = ctx.fail(QObject::tr("%1: wrong number of arguments (see switchboard-cli --help)").arg(command));
        return false;
    }
    return true;
}

// The platform engineer's actions; a developer's catalog refuses them. This is a setting, not
// security: enforcement between people comes with the shared workspace.
inline bool requirePlatformEngineer(Context &ctx, const Database &db, const QString &action, int *status)
{
    if (RoleSetting::current(db) == Role::PlatformEngineer)
        return true;
    *status = ctx.fail(QObject::tr("%1 is a platform engineer's action; this catalog's role is developer "
                                   "(switchboard-cli role set platform-engineer)").arg(action));
    return false;
}

inline void printJson(Context &ctx, const QJsonDocument &doc) { ctx.out() << doc.toJson(QJsonDocument::Indented); }

// A plain aligned table for terminals and scripts that read columns.
inline void printTable(Context &ctx, const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 == cells.size() ? cells.at(i) : cells.at(i).leftJustified(widths.at(i) + 2);
        ctx.out() << text << "\n";
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

} // namespace Switchboard::Cli::Internal
