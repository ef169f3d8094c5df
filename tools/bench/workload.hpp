// The benchmark workload, shared by the native benchmark and (as JSON) the wasm one.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace malmoi::bench {

struct Workload {
    std::vector<std::pair<std::string, std::string>> particles;  // word, particle
    std::vector<std::string> verbs;                               // dictionary forms
    std::vector<std::vector<std::string>> sentences;              // 3 to 5 cards each
};

const Workload& workload();
std::string particle_batch_json();
std::string conjugate_batch_json();
std::string complete_batch_json();

}  // namespace malmoi::bench
