// The tools' own functions of the JSON boundary, answered next to the core's (core/api.hpp) by the
// native CLI (`malmoi api score`) and never built into the app's wasm:
//   score   {"cards":[…],"edits":{…},"expected":"사과를 먹어요 | …"} → {exact, sentence, closest,
//           particles: {right, total}, conjugations: {right, total}}
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "api.hpp"

namespace malmoi::tools_api {

/// The tools' functions by name.
const api::Handlers& functions();

/// api::call with the tools' functions too.
std::string call(std::string_view function, std::string_view request_json);

/// Every name `call` answers.
std::vector<std::string> names();

}  // namespace malmoi::tools_api
