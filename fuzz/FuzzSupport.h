#pragma once

// Small helpers shared by the harnesses: split the fuzzer's bytes into fields, and stop with a
// message when a property every input must keep does not hold (libFuzzer records the input).

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace SwitchboardFuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as up to n fields separated by '\n' (missing ones are empty).
inline QList<QString> fields(const uint8_t *data, size_t size, int n)
{
    QList<QString> out;
    const QList<QByteArray> parts = bytes(data, size).split('\n');
    for (int i = 0; i < n; ++i)
        out.append(i < parts.size() ? QString::fromUtf8(parts.at(i)) : QString());
    return out;
}

[[noreturn]] inline void broken(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "invariant broken: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

inline void check(bool holds, const char *what, const QString &detail = {})
{
    if (!holds)
        broken(what, detail);
}

} // namespace SwitchboardFuzz
