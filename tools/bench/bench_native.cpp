// Native throughput of the core: particle attachments, conjugations and sentence completions per
// second of CPU time, called directly and through the JSON boundary (what the wasm module does).
// CPU time, not wall time: on a shared machine a descheduled benchmark would otherwise measure
// the other processes.
//   build/malmoi_bench [milliseconds per measurement]
//   build/malmoi_bench --particles MS  particle attachments only: every input, and the "A/B" inputs
//                                      es-hangul also takes (tools/bench/run.mjs runs this in
//                                      rounds)
//   build/malmoi_bench --workload      the inputs as JSON batches
//   build/malmoi_bench --attach N      exactly N rounds of the particle inputs and nothing else,
//   for
//                                      instruction counts: valgrind --tool=callgrind
//                                      --toggle-collect='malmoi::particle::attach*'
//                                      build/malmoi_bench
//                                      --attach 100 (Ir / (N × inputs) = instructions per
//                                      attachment)
//   build/malmoi_bench --complete N    exactly N rounds of the sentences and nothing else, the
//                                      same way: --toggle-collect='malmoi::complete(*'
//                                      (Ir / (N × sentences) = instructions per sentence; N = 1
//                                      with the first sentence alone counts the table loading)
#include <cstdio>
#include <cstdlib>
#include <ctime>
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

double cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Runs `one` over the inputs, round after round, for at least `ms` of CPU time; returns calls per
// CPU second.
double rate(int ms, std::size_t inputs, const std::function<void(std::size_t)>& one) {
    for (std::size_t i = 0; i < inputs; ++i) one(i);  // warm up: tables built, caches filled
    const double start = cpu_seconds();
    std::size_t calls = 0;
    double elapsed = 0;
    while (elapsed * 1000 < ms) {
        for (std::size_t i = 0; i < inputs; ++i) one(i);
        calls += inputs;
        elapsed = cpu_seconds() - start;
    }
    return static_cast<double>(calls) / elapsed;
}

using Inputs = std::vector<std::pair<std::string, std::string>>;

double attach_rate(int ms, const Inputs& inputs, std::size_t& sink) {
    return rate(ms, inputs.size(), [&](std::size_t i) {
        sink += malmoi::particle::attach(inputs[i].first, inputs[i].second)->text.size();
    });
}

// The workload's sentences as cards, labels only.
std::vector<std::vector<malmoi::Card>> cards_of(
    const std::vector<std::vector<std::string>>& sentences) {
    std::vector<std::vector<malmoi::Card>> out;
    for (const auto& labels : sentences) {
        std::vector<malmoi::Card> cards;
        for (const auto& label : labels) cards.push_back(malmoi::Card{label, "", ""});
        out.push_back(std::move(cards));
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    const auto& w = malmoi::bench::workload();
    std::size_t sink = 0;
    if (mode == "--workload") {
        // The same inputs as JSON batches, for the wasm and es-hangul measurements in run.mjs.
        const nlohmann::json batches = {
            {"particle", nlohmann::json::parse(malmoi::bench::particle_batch_json())},
            {"pairs", nlohmann::json::parse(malmoi::bench::pair_batch_json())},
            {"conjugate", nlohmann::json::parse(malmoi::bench::conjugate_batch_json())},
            {"complete", nlohmann::json::parse(malmoi::bench::complete_batch_json())}};
        std::puts(batches.dump().c_str());
        return 0;
    }
    if (mode == "--attach" && argc > 2) {
        const long rounds = std::atol(argv[2]);
        for (long r = 0; r < rounds; ++r) {
            for (const auto& [word, particle] : w.particles)
                sink += malmoi::particle::attach(word, particle)->text.size();
        }
        std::printf("{\"attachments\":%ld,\"sink\":%zu}\n",
                    rounds * static_cast<long>(w.particles.size()), sink % 10);
        return 0;
    }
    if (mode == "--complete" && argc > 2) {
        const long rounds = std::atol(argv[2]);
        const auto sentences = cards_of(w.sentences);
        for (long r = 0; r < rounds; ++r) {
            for (const auto& cards : sentences)
                sink += malmoi::complete(cards)->rendered.sentence.size();
        }
        std::printf("{\"sentences\":%ld,\"sink\":%zu}\n",
                    rounds * static_cast<long>(sentences.size()), sink % 10);
        return 0;
    }
    if (mode == "--particles" && argc > 2) {
        const int ms = std::atoi(argv[2]);
        const nlohmann::json out = {{"particles_per_second", attach_rate(ms, w.particles, sink)},
                                    {"pairs_per_second", attach_rate(ms, w.pairs, sink)},
                                    {"sink", sink % 10}};
        std::puts(out.dump().c_str());
        return 0;
    }
    const int ms = argc > 1 ? std::atoi(argv[1]) : 1000;

    const double particles = attach_rate(ms, w.particles, sink);
    const double conjugations = rate(ms, w.verbs.size(), [&](std::size_t i) {
        sink += malmoi::conjugate::conjugate(w.verbs[i], malmoi::conjugate::Form::polite_present)
                    ->text.size();
    });
    // The validator's closed set of a verb: every form × speech level × honorific, each sense.
    const double all_forms = rate(ms, w.verbs.size(), [&](std::size_t i) {
        sink += malmoi::conjugate::all_forms(w.verbs[i])->size();
    });
    const std::string conjugate_batch = malmoi::bench::conjugate_batch_json();
    const double conjugations_json =
        rate(ms, 1,
             [&](std::size_t) { sink += malmoi::api::call("conjugate", conjugate_batch).size(); }) *
        w.verbs.size();
    const auto sentences = cards_of(w.sentences);
    const double completions = rate(ms, sentences.size(), [&](std::size_t i) {
        sink += malmoi::complete(sentences[i])->rendered.sentence.size();
    });
    // Through the JSON boundary, in batches as web/core.js sends them.
    const std::string particle_batch = malmoi::bench::particle_batch_json();
    const std::string complete_batch = malmoi::bench::complete_batch_json();
    const double particles_json =
        rate(ms, 1,
             [&](std::size_t) { sink += malmoi::api::call("particle", particle_batch).size(); }) *
        w.particles.size();
    const double completions_json =
        rate(ms, 1,
             [&](std::size_t) { sink += malmoi::api::call("complete", complete_batch).size(); }) *
        w.sentences.size();

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
