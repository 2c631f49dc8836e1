#pragma once

// The command-line tool's shared pieces: the context a command runs in (the catalog,
// stdout/stderr, terminal detection) and the one table printer. Commands are described in
// Command.h.

#include "core/Result.h"
#include "store/Database.h"
#include "vault/SecretBytes.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace Switchboard::Cli {

class Context {
public:
    explicit Context(QString catalogPath);

    // Opens the catalog on first use; the error is printed by the caller.
    Result<Database *> catalog();
    bool catalogIsOpen() const { return m_db != nullptr; }

    // The vault's data key once a command unlocked it (openUnlockedVault), so that the automatic
    // push after the command can unlock again without reading a passphrase descriptor twice.
    void rememberDataKey(SecretBytes key) { m_dataKey = std::move(key); }
    const std::optional<SecretBytes> &dataKey() const { return m_dataKey; }
    QString catalogPath() const { return m_catalogPath; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool stdoutIsTerminal() const;

    // Prints "switchboard-cli: <message>" to stderr and returns the exit status 1.
    int fail(const QString &message);

private:
    QString m_catalogPath;
    std::unique_ptr<Database> m_db;
    std::optional<SecretBytes> m_dataKey;
    QTextStream m_out;
    QTextStream m_err;
};

// A plain aligned table for terminals and scripts that read columns: columns two spaces apart,
// no trailing blanks. Every listing command prints through it (and --json for scripts).
void printTable(Context &ctx, const QStringList &header, const QList<QStringList> &rows);
// Indented JSON on stdout.
void printJson(Context &ctx, const QJsonDocument &doc);

// Splits "KEY=VALUE"; refuses input without '='.
Result<std::pair<QString, QString>> parseKeyValue(const QString &text);

} // namespace Switchboard::Cli
