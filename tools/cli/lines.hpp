// The CLI's line contract: one output line per input line, in order; a failed line prints
// "error: CODE message" in its place and the run goes on; the exit status is 1 if any line failed.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

#include "result.hpp"

namespace malmoi::cli {

using LineHandler = std::function<Result<std::string>(const std::string& line)>;

/// Runs `handler` on every line of `in` (a trailing '\r' removed) and prints to `out`.
/// Returns the process exit status.
int for_each_line(std::istream& in, std::ostream& out, const LineHandler& handler);

/// Splits "a<TAB>b" into its two fields, or an error with code bad_line naming `what`.
Result<std::pair<std::string, std::string>> split_tab(const std::string& line, const char* what);

}  // namespace malmoi::cli
