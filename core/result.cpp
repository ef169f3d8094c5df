#include "result.hpp"

namespace malmoi {

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> parts) {
    std::string out;
    auto part = parts.begin();
    for (const char ch : pattern) {
        if (ch == '%' && part != parts.end())
            out += *part++;
        else
            out += ch;
    }
    return out;
}

}  // namespace malmoi
