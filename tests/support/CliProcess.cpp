#include "CliProcess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include <sys/stat.h>

namespace Switchboard::Test {

namespace {

void prepare(QProcess &process, const CliEnvironment &environment)
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
    process.setProcessEnvironment(env);
    if (!environment.workingDirectory.isEmpty())
        process.setWorkingDirectory(environment.workingDirectory);
    if (environment.umask >= 0)
        process.setChildProcessModifier([mask = mode_t(environment.umask)] { ::umask(mask); });
}

} // namespace

CliRun runProcess(const QString &program, const QStringList &args, const CliEnvironment &environment,
                  const QByteArray &stdinData, int timeoutMs)
{
    QProcess process;
    prepare(process, environment);
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

CliServer::CliServer() = default;

CliServer::~CliServer()
{
    stop();
}

bool CliServer::start(const QString &program, const QStringList &args, const CliEnvironment &environment, QString *error)
{
    stop();
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    prepare(*m_process, environment);
    m_process->start(program, args);
    if (!m_process->waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("%1 did not start: %2").arg(program, m_process->errorString());
        return false;
    }
    return true;
}

bool CliServer::isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }

bool CliServer::stop(int timeoutMs)
{
    if (!m_process)
        return true;
    if (m_process->state() == QProcess::NotRunning) {
        output();
        return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    }
    m_process->terminate();   // SIGTERM
    const bool exited = m_process->waitForFinished(timeoutMs);
    output();
    if (!exited) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

QByteArray CliServer::output()
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

int CliServer::exitCode() const
{
    if (!m_process || m_process->state() != QProcess::NotRunning || m_process->exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process->exitCode();
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
