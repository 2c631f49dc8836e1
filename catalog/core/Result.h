#pragma once

// Errors are values: a Result holds either a value or a readable message for the user.
// (libstdc++ 12 has no std::expected; this is the small subset we need.)

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Switchboard {

struct Error {
    QString message;
};

inline Error makeError(QString message) { return Error{std::move(message)}; }

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

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

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Switchboard
