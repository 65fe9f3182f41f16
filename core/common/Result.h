#pragma once

#include "core/common/Error.h"

#include <utility>
#include <variant>

namespace vcdesk {

/// Either a value or an Error. Parsers and verifiers return this instead of throwing, so bad
/// input always ends as a readable message and a code, never as a crash.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    // By value, not T&&: `for (x : f().value())` then iterates a live object, not a member
    // of a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &std::get<0>(m_state); }
    const T &operator*() const & { return std::get<0>(m_state); }

    const Error &error() const { return std::get<1>(m_state); }
    /// The value, or `fallback` when this is an error.
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

/// Success or an Error, for operations that return nothing.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace vcdesk
