#include "Cli.h"

#include <QFile>

#include <unistd.h>

namespace Switchboard::Cli {

namespace {
QFile &stdoutFile()
{
    static QFile file;
    if (!file.isOpen())
        (void)file.open(stdout, QIODevice::WriteOnly);
    return file;
}
QFile &stderrFile()
{
    static QFile file;
    if (!file.isOpen())
        (void)file.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return file;
}
} // namespace

Context::Context(QString catalogPath)
    : m_catalogPath(std::move(catalogPath)), m_out(&stdoutFile()), m_err(&stderrFile())
{
}

Result<Database *> Context::catalog()
{
    if (!m_db) {
        auto db = Database::open(m_catalogPath);
        if (!db)
            return makeError(db.error());
        m_db = std::move(db.value());
    }
    return m_db.get();
}

bool Context::stdoutIsTerminal() const { return isatty(STDOUT_FILENO); }

int Context::fail(const QString &message)
{
    m_out.flush();
    m_err << "switchboard-cli: " << message << Qt::endl;
    return 1;
}

void printTable(Context &ctx, const QStringList &header, const QList<QStringList> &rows)
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
            text += i + 1 == cells.size() || i >= widths.size() ? cells.at(i) : cells.at(i).leftJustified(widths.at(i) + 2);
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        ctx.out() << text << "\n";
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    ctx.out().flush();
}

void printJson(Context &ctx, const QJsonDocument &doc)
{
    ctx.out() << doc.toJson(QJsonDocument::Indented);
    ctx.out().flush();
}

Result<std::pair<QString, QString>> parseKeyValue(const QString &text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return makeError(QObject::tr("\"%1\" is not KEY=VALUE").arg(text));
    return std::pair{text.left(eq).trimmed(), text.mid(eq + 1)};
}

} // namespace Switchboard::Cli
