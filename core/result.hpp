// Errors as values: every fallible core function returns Result<T>.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace malmoi {

/// A failure with a stable machine-readable code (snake_case, never renamed) and a clear message.
struct Error {
    std::string code;
    std::string message;
};

/// Either a value or an Error. A small stand-in for C++23 std::expected.
template <class T>
class Result {
  public:
    // (built in place: a value taken by value would be moved twice, once into the parameter)
    Result(T&& value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(const T& value) : state_(std::in_place_index<0>, value) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(state_); }
    T& value() & { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(state_); }

  private:
    std::variant<T, Error> state_;
};

inline Error make_error(std::string code, std::string message) {
    return Error{std::move(code), std::move(message)};
}

/// `pattern` with each % replaced by the next of `parts` ("'%' is not a particle", {word}): one
/// call where a chain of + would be spelled out at every message (core/result.cpp).
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> parts);

/// An Error whose message is fill(pattern, parts).
inline Error make_error(std::string code, std::string_view pattern,
                        std::initializer_list<std::string_view> parts) {
    return Error{std::move(code), fill(pattern, parts)};
}

}  // namespace malmoi
