#pragma once

// Runs one of our executables as a script would: a chosen environment, data on standard
// input (so --*-fd 0 options work), and the exit status with everything it printed.

#include <QByteArray>
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

} // namespace Switchboard::Test
