#include "CliProcess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace Switchboard::Test {

CliRun runProcess(const QString &program, const QStringList &args, const CliEnvironment &environment,
                  const QByteArray &stdinData, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        for (const QString &prefix : environment.removePrefixes) {
            if (name.startsWith(prefix))
                env.remove(name);
        }
    }
    for (auto it = environment.set.cbegin(); it != environment.set.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted())
        return {};
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject runPythonClient(const QString &script, const QStringList &args, int timeoutMs)
{
    const CliRun run = runProcess(QStringLiteral("/usr/bin/python3"),
                                  QStringList{qEnvironmentVariable("SWITCHBOARD_SOURCE_DIR") + QStringLiteral("/tests/router/") + script}
                                      + args,
                                  {}, {}, timeoutMs);
    const QJsonObject json = QJsonDocument::fromJson(run.out.trimmed().split('\n').last()).object();
    if (!json.isEmpty())
        return json;
    if (run.exitCode == -1 && run.out.isEmpty() && run.err.isEmpty())
        return {{QStringLiteral("error"), script + QStringLiteral(" timed out")}};
    return {{QStringLiteral("error"), QString::fromUtf8(run.out + run.err).right(2000)}};
}

} // namespace Switchboard::Test
