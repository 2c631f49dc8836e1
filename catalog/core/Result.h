#pragma once

// Errors are values: a Result holds either a value or a readable message for the user.
// (libstdc++ 12 has no std::expected; this is the small subset we need.)
//
// Forwarding an error takes one line: a failed Result of any other type converts, so
//     auto stmt = db.prepare(sql);
//     if (!stmt)
//         return stmt;            // in a function that returns Status or Result<T>
// Only a failed result may be forwarded like that; a good one is a bug (it asserts in debug
// builds and becomes an error, never a silent success, in release builds).

#include <QString>
#include <QtGlobal>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace Switchboard {

struct Error {
    QString message;
};

inline Error makeError(QString message) { return Error{std::move(message)}; }

template<typename T>
class Result;

namespace Internal {
// The error a failed result forwards (see above).
template<typename U>
Error forwardedError(const Result<U> &failed)
{
    Q_ASSERT_X(!failed.ok(), "Result", "only a failed Result converts to a Result of another type");
    if (failed.ok())
        return Error{QStringLiteral("internal error: a successful result was forwarded as a failure")};
    return Error{failed.error()};
}
} // namespace Internal

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}
    template<typename U>
        requires(!std::is_same_v<U, T>)
    Result(const Result<U> &failed) : m_data(std::in_place_index<1>, Internal::forwardedError(failed)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    // The message of a failed result; empty for a good one.
    QString error() const { return ok() ? QString() : std::get<1>(m_data).message; }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    template<typename U>
        requires(!std::is_void_v<U>)
    Result(const Result<U> &failed) : m_error(Internal::forwardedError(failed)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Switchboard
