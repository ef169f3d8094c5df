#include "lines.hpp"

#include <iostream>

namespace malmoi::cli {

int for_each_line(std::istream& in, std::ostream& out, const LineHandler& handler) {
    int status = 0;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const Result<std::string> result = handler(line);
        if (result) {
            out << *result << '\n';
        } else {
            out << "error: " << result.error().code << ' ' << result.error().message << '\n';
            status = 1;
        }
    }
    out.flush();
    return status;
}

Result<std::pair<std::string, std::string>> split_tab(const std::string& line, const char* what) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) {
        return make_error("bad_line", std::string("expected ") + what + " separated by a TAB");
    }
    return std::make_pair(line.substr(0, tab), line.substr(tab + 1));
}

}  // namespace malmoi::cli
