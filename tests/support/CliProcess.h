#pragma once

// Runs one of our executables as a script would: a chosen environment, data on standard
// input (so --*-fd 0 options work), and the exit status with everything it printed.

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace Switchboard::Test {

struct CliRun {
    int exitCode = -1;   // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
};

struct CliEnvironment {
    QMap<QString, QString> set;      // variables to set
    QStringList removePrefixes;      // variables to drop, by name prefix
};

CliRun runProcess(const QString &program, const QStringList &args, const CliEnvironment &environment,
                  const QByteArray &stdinData = {}, int timeoutMs = 60000);

// Runs one of the Python test clients under tests/router (Debian's /usr/bin/python3, which sees
// python3-confluent-kafka) and returns the JSON object on its last line of output; on a time-out
// or without such a line, {"error": what it printed or "<script> timed out"}.
QJsonObject runPythonClient(const QString &script, const QStringList &args, int timeoutMs);

} // namespace Switchboard::Test
