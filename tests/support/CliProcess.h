#pragma once

// Runs one of our executables as a script would: a chosen environment, data on standard
// input (so --*-fd 0 options work), and the exit status with everything it printed. A server
// (switchboard-router serve) runs as a CliServer until the test stops it. Every test that
// starts switchboard, switchboard-cli or switchboard-router goes through here.

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <memory>

class QProcess;

namespace Switchboard::Test {

struct CliRun {
    int exitCode = -1;   // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
};

struct CliEnvironment {
    QMap<QString, QString> set;      // variables to set
    QStringList removePrefixes;      // variables to drop, by name prefix
    QString workingDirectory;        // empty: the test's own
    int umask = -1;                  // the child's umask (-1: the test's)
};

CliRun runProcess(const QString &program, const QStringList &args, const CliEnvironment &environment,
                  const QByteArray &stdinData = {}, int timeoutMs = 60000);

// Runs one of the Python test clients under tests/router (Debian's /usr/bin/python3, which sees
// python3-confluent-kafka) and returns the JSON object on its last line of output; on a time-out
// or without such a line, {"error": what it printed or "<script> timed out"}.
// A process that keeps running (a server) until stop(); standard output and error merged.
class CliServer {
public:
    CliServer();
    ~CliServer();   // stops it
    CliServer(const CliServer &) = delete;
    CliServer &operator=(const CliServer &) = delete;

    // False (and why, with what it printed) when it does not start.
    bool start(const QString &program, const QStringList &args, const CliEnvironment &environment = {}, QString *error = nullptr);
    bool isRunning() const;
    // SIGTERM, then waits; true when it exited with status 0. A process that does not end in
    // time is killed (false).
    bool stop(int timeoutMs = 10000);
    // What it printed so far (collected, so it stays readable after the process ended).
    QByteArray output();
    int exitCode() const;

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
};

QJsonObject runPythonClient(const QString &script, const QStringList &args, int timeoutMs);

} // namespace Switchboard::Test
