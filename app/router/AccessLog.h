#pragma once

// One line per request: time, client, method, path, status, bytes, microseconds, application,
// bundle version. Never a token, a password or an Authorization header: query parameters whose
// names suggest a secret are masked. Lines are buffered and written by flush() (a timer, and
// at shutdown, or by the request that fills a buffer: that one request writes it, outside the
// lock the other workers need), so request threads do not wait on the disk.

#include <QByteArray>
#include <QFile>
#include <QMutex>

namespace Switchboard::Router {

class AccessLog {
public:
    // "-": stderr; "off": nothing; else a file, appended.
    bool open(const QString &target, QString *error);
    void record(const QByteArray &peer, const QByteArray &method, const QByteArray &target, int status,
                qint64 bytes, qint64 elapsedUs, const QString &application, qint64 bundleVersion);
    void flush();
    static QByteArray maskQuery(const QByteArray &target);

private:
    static constexpr qsizetype kWriteAt = 256 * 1024;
    QFile m_file;
    bool m_enabled = false;
    QMutex m_mutex;        // guards m_buffer
    QByteArray m_buffer;
    QMutex m_writeMutex;   // one write to m_file at a time, in order
};

} // namespace Switchboard::Router
