#pragma once

// A secret value in memory (a password, a key, a token). Move-only, wiped (sodium_memzero)
// when destroyed, and never printed: there is no QDebug operator on purpose. Code that must
// show or hand on the value (reveal, copy, a snippet with --reveal) asks for it explicitly.

#include <QByteArray>
#include <QString>

namespace Switchboard {

class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    static SecretBytes fromString(const QString &text) { return SecretBytes(text.toUtf8()); }
    ~SecretBytes() { wipe(); }

    SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) { other.m_bytes.clear(); }
    SecretBytes &operator=(SecretBytes &&other) noexcept
    {
        if (this != &other) {
            wipe();
            m_bytes = std::move(other.m_bytes);
            other.m_bytes.clear();
        }
        return *this;
    }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes clone() const { return SecretBytes(QByteArray(m_bytes.constData(), m_bytes.size())); }

    const QByteArray &bytes() const { return m_bytes; }
    QString toString() const { return QString::fromUtf8(m_bytes); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }

    // Overwrites the bytes with zeros and empties the value.
    void wipe();

private:
    QByteArray m_bytes;
};

} // namespace Switchboard
