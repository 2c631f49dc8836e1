#include "AccessLog.h"

#include "ByteWriter.h"

#include <QDateTime>
#include <QObject>
#include <QRegularExpression>

#include <array>
#include <cstdio>
#include <string_view>

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

namespace {

// Bytes from a client must not forge log lines: control characters, quotes and bytes past ASCII
// become '?' (the parser refuses most of them anyway; this holds whatever reaches the log).
// spaceToo: also spaces (the method).
void appendSafe(ByteWriter &line, QByteArrayView bytes, bool sanitize, bool spaceToo = false)
{
    if (!sanitize) {
        line.add(bytes);
        return;
    }
    static constexpr auto table = [] {
        std::array<std::array<bool, 256>, 2> safe{};
        for (int c = 0x20; c < 0x7f; ++c)
            safe[0][c] = safe[1][c] = c != '"';
        safe[1][' '] = false;
        return safe;
    }();
    const auto &safe = table[spaceToo ? 1 : 0];
    char *to = line.space(bytes.size());
    for (const char c : bytes)
        *to++ = safe[uchar(c)] ? c : '?';
    line.advance(bytes.size());
}

bool containsIgnoringCase(QByteArrayView haystack, std::string_view lowerNeedle)
{
    const qsizetype n = qsizetype(lowerNeedle.size());
    for (qsizetype i = 0; i + n <= haystack.size(); ++i) {
        qsizetype k = 0;
        while (k < n) {
            const char c = haystack[i + k];
            if ((c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c) != lowerNeedle[size_t(k)])
                break;
            ++k;
        }
        if (k == n)
            return true;
    }
    return false;
}

// The target with the values of query parameters whose names suggest a secret replaced by ***.
void appendMasked(ByteWriter &line, QByteArrayView target, bool sanitize)
{
    const qsizetype q = target.indexOf('?');
    if (q < 0) {
        appendSafe(line, target, sanitize);
        return;
    }
    appendSafe(line, target.first(q + 1), sanitize);
    QByteArrayView rest = target.sliced(q + 1);
    for (bool first = true;; first = false) {
        const qsizetype amp = rest.indexOf('&');
        const QByteArrayView part = amp < 0 ? rest : rest.first(amp);
        if (!first)
            line.add('&');
        const qsizetype eq = part.indexOf('=');
        const QByteArrayView name = eq < 0 ? part : part.first(eq);
        if (containsIgnoringCase(name, "token") || containsIgnoringCase(name, "password")
            || containsIgnoringCase(name, "secret") || containsIgnoringCase(name, "apikey")
            || containsIgnoringCase(name, "auth")) {
            appendSafe(line, name, sanitize);
            line.add("=***");
        } else {
            appendSafe(line, part, sanitize);
        }
        if (amp < 0)
            break;
        rest = rest.sliced(amp + 1);
    }
}

// "2026-12-07T22:37:01.123Z" (Qt::ISODateWithMs, UTC), its second made once a second.
void appendTime(ByteWriter &line)
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray secondText;   // up to and including the '.'
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const qint64 second = ms / 1000;
    if (second != cachedSecond) {
        cachedSecond = second;
        const QByteArray full = QDateTime::fromMSecsSinceEpoch(second * 1000, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
        secondText = full.left(full.size() - 4);   // without "000Z"
    }
    line.add(secondText);
    const int milli = int(ms % 1000);
    const char digits[4] = {char('0' + milli / 100), char('0' + milli / 10 % 10), char('0' + milli % 10), 'Z'};
    line.add(QByteArrayView(digits, 4));
}

} // namespace

QByteArray AccessLog::maskQuery(const QByteArray &target)
{
    if (!target.contains('?'))
        return target;
    QByteArray out;
    {
        ByteWriter w(out, target.size() + 64);
        appendMasked(w, target, false);
    }
    return out;
}

void AccessLog::record(const QByteArray &peer, const QByteArray &method, const QByteArray &target, int status,
                       qint64 bytes, qint64 elapsedUs, const QString &application, qint64 bundleVersion)
{
    if (!m_enabled)
        return;
    // Made in a buffer of this thread's that keeps its capacity: a line allocates nothing.
    thread_local QByteArray line;
    line.resize(0);
    {
        const QByteArrayView safeTarget = QByteArrayView(target).first(qMin<qsizetype>(2048, target.size()));
        ByteWriter w(line, 160 + peer.size() + 2 * safeTarget.size() + 3 * application.size());
        appendTime(w);
        w.add(' ');
        w.add(peer.isEmpty() ? QByteArrayView("-") : QByteArrayView(peer));
        w.add(" \"");
        const QByteArrayView safeMethod = QByteArrayView(method).first(qMin<qsizetype>(32, method.size()));
        if (safeMethod.isEmpty())
            w.add('-');
        else
            appendSafe(w, safeMethod, true, true);
        w.add(' ');
        appendMasked(w, safeTarget, true);
        w.add("\" ");
        w.addNumber(status);
        w.add(' ');
        w.addNumber(bytes);
        w.add(' ');
        w.addNumber(elapsedUs);
        w.add("us app=");
        if (application.isEmpty()) {
            w.add('-');
        } else {
            bool ascii = true;
            for (const QChar c : application)
                ascii = ascii && c.unicode() < 0x80;
            if (ascii) {
                char *to = w.space(application.size());
                for (const QChar c : application)
                    *to++ = char(c.unicode());
                w.advance(application.size());
            } else {
                w.add(application.toUtf8());
            }
        }
        w.add(" bundle=");
        w.addNumber(bundleVersion);
        w.add('\n');
    }
    QMutexLocker lock(&m_mutex);
    if (m_buffer.capacity() < kWriteAt)
        m_buffer.reserve(kWriteAt + 4096);
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
    if (m_enabled)
        m_buffer.reserve(kWriteAt + 4096);
    QMutexLocker writing(&m_writeMutex);
    lock.unlock();
    if (!pending.isEmpty())
        m_file.write(pending);
    m_file.flush();
}

} // namespace Switchboard::Router
