#include "CliProcess.h"

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

} // namespace Switchboard::Test
