// Native throughput of the core: particle attachments, conjugations and sentence completions per
// second, called directly and through the JSON boundary (what the wasm module does).
//   build/malmoi_bench [milliseconds per measurement]
//   build/malmoi_bench --workload     the inputs as JSON batches
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api.hpp"
#include "assemble.hpp"
#include "conjugate.hpp"
#include "particle.hpp"
#include "workload.hpp"

namespace {

// Runs `one` over the inputs, round after round, for at least `ms`; returns calls per second.
double rate(int ms, std::size_t inputs, const std::function<void(std::size_t)>& one) {
    using clock = std::chrono::steady_clock;
    const auto start = clock::now();
    std::size_t calls = 0;
    while (std::chrono::duration<double, std::milli>(clock::now() - start).count() < ms) {
        for (std::size_t i = 0; i < inputs; ++i) one(i);
        calls += inputs;
    }
    const double seconds = std::chrono::duration<double>(clock::now() - start).count();
    return calls / seconds;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "--workload") {
        // The same inputs as JSON batches, for the wasm measurement in tools/bench/run.mjs.
        const nlohmann::json batches = {{"particle", nlohmann::json::parse(malmoi::bench::particle_batch_json())},
                                        {"conjugate", nlohmann::json::parse(malmoi::bench::conjugate_batch_json())},
                                        {"complete", nlohmann::json::parse(malmoi::bench::complete_batch_json())}};
        std::puts(batches.dump().c_str());
        return 0;
    }
    const int ms = argc > 1 ? std::atoi(argv[1]) : 1000;
    const auto& w = malmoi::bench::workload();
    std::size_t sink = 0;

    const double particles = rate(ms, w.particles.size(), [&](std::size_t i) {
        sink += malmoi::particle::attach(w.particles[i].first, w.particles[i].second)->text.size();
    });
    const double conjugations = rate(ms, w.verbs.size(), [&](std::size_t i) {
        sink += malmoi::conjugate::conjugate(w.verbs[i], malmoi::conjugate::Form::polite_present)->text.size();
    });
    // The validator's closed set of a verb: every form × speech level × honorific, each sense.
    const double all_forms = rate(ms, w.verbs.size(), [&](std::size_t i) {
        sink += malmoi::conjugate::all_forms(w.verbs[i])->size();
    });
    const std::string conjugate_batch = malmoi::bench::conjugate_batch_json();
    const double conjugations_json = rate(ms, 1, [&](std::size_t) { sink += malmoi::api::call("conjugate", conjugate_batch).size(); }) * w.verbs.size();
    std::vector<std::vector<malmoi::Card>> sentences;
    for (const auto& s : w.sentences) {
        std::vector<malmoi::Card> cards;
        for (const auto& label : s) cards.push_back(malmoi::Card{label, "", ""});
        sentences.push_back(std::move(cards));
    }
    const double completions = rate(ms, sentences.size(), [&](std::size_t i) {
        sink += malmoi::complete(sentences[i])->rendered.sentence.size();
    });
    // Through the JSON boundary, in batches as web/core.js sends them.
    const std::string particle_batch = malmoi::bench::particle_batch_json();
    const std::string complete_batch = malmoi::bench::complete_batch_json();
    const double particles_json = rate(ms, 1, [&](std::size_t) { sink += malmoi::api::call("particle", particle_batch).size(); }) * w.particles.size();
    const double completions_json = rate(ms, 1, [&](std::size_t) { sink += malmoi::api::call("complete", complete_batch).size(); }) * w.sentences.size();

    nlohmann::json out = {{"particles_per_second", particles},
                          {"particles_per_second_json_batch", particles_json},
                          {"conjugations_per_second", conjugations},
                          {"conjugations_per_second_json_batch", conjugations_json},
                          {"all_forms_per_second", all_forms},
                          {"sentences_per_second", completions},
                          {"sentences_per_second_json_batch", completions_json},
                          {"sink", sink % 10}};
    std::puts(out.dump().c_str());
    return 0;
}
