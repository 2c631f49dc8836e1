#include "AccessLog.h"

#include <QDateTime>
#include <QObject>
#include <QRegularExpression>

#include <cstdio>

namespace Switchboard::Router {

bool AccessLog::open(const QString &target, QString *error)
{
    if (target == QLatin1String("off"))
        return true;
    m_enabled = true;
    const bool ok = target == QLatin1String("-") ? m_file.open(stderr, QIODevice::WriteOnly)
                                                 : (m_file.setFileName(target), m_file.open(QIODevice::Append));
    if (!ok && error)
        *error = QObject::tr("cannot open the access log %1: %2").arg(target, m_file.errorString());
    return ok;
}

QByteArray AccessLog::maskQuery(const QByteArray &target)
{
    const qsizetype q = target.indexOf('?');
    if (q < 0)
        return target;
    QByteArray out = target.left(q + 1);
    const QList<QByteArray> parts = target.mid(q + 1).split('&');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray &part = parts.at(i);
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = (eq < 0 ? part : part.left(eq)).toLower();
        if (i)
            out += '&';
        if (name.contains("token") || name.contains("password") || name.contains("secret") || name.contains("apikey")
            || name.contains("auth"))
            out += (eq < 0 ? part : part.left(eq)) + "=***";
        else
            out += part;
    }
    return out;
}

void AccessLog::record(const QByteArray &peer, const QByteArray &method, const QByteArray &target, int status,
                       qint64 bytes, qint64 elapsedUs, const QString &application, qint64 bundleVersion)
{
    if (!m_enabled)
        return;
    thread_local qint64 cachedMs = -1;
    thread_local QByteArray cachedTime;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != cachedMs) {
        cachedMs = ms;
        cachedTime = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    }
    QByteArray line;
    line.reserve(160);
    line += cachedTime;
    line += ' ';
    line += peer.isEmpty() ? QByteArray("-") : peer;
    line += " \"";
    // Bytes from a client must not forge log lines: control characters, quotes, spaces in the
    // method and bytes past ASCII become '?' (the parser refuses them anyway; this holds whatever
    // reaches the log).
    QByteArray safeMethod = method.left(32);
    for (char &c : safeMethod)
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f || c == '"')
            c = '?';
    line += safeMethod.isEmpty() ? QByteArray("-") : safeMethod;
    line += ' ';
    QByteArray safeTarget = maskQuery(target.left(2048));
    for (char &c : safeTarget)
        if (uchar(c) < 0x20 || uchar(c) >= 0x7f || c == '"')
            c = '?';
    line += safeTarget;
    line += "\" ";
    line += QByteArray::number(status);
    line += ' ';
    line += QByteArray::number(bytes);
    line += ' ';
    line += QByteArray::number(elapsedUs);
    line += "us app=";
    line += application.isEmpty() ? QByteArray("-") : application.toUtf8();
    line += " bundle=";
    line += QByteArray::number(bundleVersion);
    line += '\n';
    QMutexLocker lock(&m_mutex);
    m_buffer += line;
    if (m_buffer.size() < kWriteAt)
        return;
    // Write a full buffer without holding up the other workers: take it out, hand the buffer
    // lock over for the write lock (so buffers reach the file in the order they filled), write.
    QByteArray full;
    full.swap(m_buffer);
    m_buffer.reserve(kWriteAt + 4096);
    QMutexLocker writing(&m_writeMutex);
    lock.unlock();
    m_file.write(full);
}

void AccessLog::flush()
{
    // "off": no file was opened, and QFile::flush on it warns (once a second, from the timer).
    if (!m_enabled)
        return;
    QMutexLocker lock(&m_mutex);
    QByteArray pending;
    pending.swap(m_buffer);
    QMutexLocker writing(&m_writeMutex);
    lock.unlock();
    if (!pending.isEmpty())
        m_file.write(pending);
    m_file.flush();
}

} // namespace Switchboard::Router
