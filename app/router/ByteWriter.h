#pragma once

// Appends to a QByteArray through a raw pointer: room is made once (the caller's estimate, grown
// if a piece does not fit), and each piece is a memcpy. Qt 6.4's QByteArray::append goes through
// QByteArray::insert, about a hundred instructions a call: for an answer's head or an access-log
// line, made of a dozen pieces per request, that was more than the rest of the formatting.
// The QByteArray is not to be touched while a writer is on it; the writer's destructor sets its
// size to what was written.

#include <QByteArray>
#include <QByteArrayView>

#include <charconv>
#include <cstring>

namespace Switchboard::Router {

class ByteWriter {
public:
    ByteWriter(QByteArray &out, qsizetype estimate) : m_out(out), m_at(out.size())
    {
        reserve(estimate);
    }
    ~ByteWriter() { m_out.resize(m_at); }
    ByteWriter(const ByteWriter &) = delete;
    ByteWriter &operator=(const ByteWriter &) = delete;

    void add(QByteArrayView bytes)
    {
        if (m_room < bytes.size())
            reserve(bytes.size());
        if (!bytes.isEmpty())
            std::memcpy(m_out.data() + m_at, bytes.data(), size_t(bytes.size()));
        m_at += bytes.size();
        m_room -= bytes.size();
    }
    void add(char c)
    {
        if (m_room < 1)
            reserve(1);
        m_out.data()[m_at++] = c;
        --m_room;
    }
    void addNumber(qint64 n)
    {
        if (m_room < 24)
            reserve(24);
        char *at = m_out.data() + m_at;
        const qsizetype size = std::to_chars(at, at + 24, n).ptr - at;
        m_at += size;
        m_room -= size;
    }
    // Room for n bytes written directly (then advance()).
    char *space(qsizetype n)
    {
        if (m_room < n)
            reserve(n);
        return m_out.data() + m_at;
    }
    void advance(qsizetype n)
    {
        m_at += n;
        m_room -= n;
    }

private:
    void reserve(qsizetype n)
    {
        // Grows the array's size (not only its capacity) so that data() may be written up to it;
        // the destructor cuts it back. Doubling keeps a long run of pieces linear.
        const qsizetype size = m_at + qMax(n, m_at);
        m_out.resize(qMax(size, m_out.size()));
        m_room = m_out.size() - m_at;
    }

    QByteArray &m_out;
    qsizetype m_at;
    qsizetype m_room = 0;
};

} // namespace Switchboard::Router
