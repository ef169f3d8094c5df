// JSON text written straight into a string, byte for byte as nlohmann::json's dump() writes it
// (compact; UTF-8 as is; ", \, \b, \f, \n, \r, \t escaped, other control characters as \u00xx;
// invalid UTF-8 replaced by U+FFFD the way its `replace` error handler does). The boundary's
// answers are written with it: no document is built only to be serialised, which is most of the
// time a call across the boundary takes. Keys are written in the order given: callers give them
// sorted, as nlohmann's objects keep them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace malmoi::json_text {

/// Appends `text` as a JSON string literal.
void append_string(std::string& out, std::string_view text);

/// `text` as a JSON string literal.
std::string quoted(std::string_view text);

/// Builds one JSON value: objects, arrays, strings, integers, booleans and already-written JSON.
class Writer {
  public:
    Writer& begin_object();
    Writer& end_object();
    Writer& begin_array();
    Writer& end_array();
    /// The key of the next member of the object being written.
    Writer& key(std::string_view name);
    Writer& value(std::string_view text);
    Writer& value(const char* text) { return value(std::string_view(text)); }
    Writer& value(long long number);
    Writer& value(int number) { return value(static_cast<long long>(number)); }
    Writer& value(long number) { return value(static_cast<long long>(number)); }
    Writer& value(unsigned number) { return value(static_cast<long long>(number)); }
    Writer& value(unsigned long number) { return value(static_cast<long long>(number)); }
    Writer& value(unsigned long long number) { return value(static_cast<long long>(number)); }
    Writer& value(bool flag);
    /// A value that is already JSON text.
    Writer& raw(std::string_view json);
    /// An array of strings or of integers.
    template <class T>
    Writer& array(const std::vector<T>& items) {
        begin_array();
        for (const T& item : items) value(item);
        return end_array();
    }

    const std::string& text() const { return out_; }
    std::string take() { return std::move(out_); }

  private:
    void separate();
    std::string out_;
    std::string first_;  // one per open object or array: 1 while nothing is written in it yet
    bool after_key_ = false;
};

}  // namespace malmoi::json_text
