#include "workload.hpp"

#include <nlohmann/json.hpp>

namespace malmoi::bench {

const Workload& workload() {
    static const Workload w = [] {
        Workload out;
        const std::vector<std::string> words = {
            "사과", "물",     "책",        "학교", "연필", "닭",   "친구",   "선생님", "TV",  "112",
            "URL",  "Google", "빵(bread)", "“책”", "우유", "버스", "숟가락", "나",     "3.5", "ㄱ"};
        const std::vector<std::string> particles = {"을/를",       "이/가",   "은/는", "(으)로",
                                                    "와/과",       "이랑/랑", "에서",  "를",
                                                    "이에요/예요", "에서는"};
        for (const auto& word : words) {
            for (const auto& p : particles) {
                out.particles.emplace_back(word, p);
                if (p.find('/') != std::string::npos && p.front() != '(')
                    out.pairs.emplace_back(word, p);
            }
        }
        out.verbs = {"먹다",   "마시다", "가다",   "춥다", "돕다",   "듣다",     "모르다",
                     "부르다", "낫다",   "빨갛다", "놀다", "만들다", "공부하다", "좋아하다",
                     "되다",   "쓰다",   "예쁘다", "씻다", "입다",   "좋다"};
        out.sentences = {{"나", "학교", "가다"},
                         {"사과", "먹다", "싶다"},
                         {"불", "끄다", "주다"},
                         {"엄마", "사과", "먹다"},
                         {"나", "배", "아프다"},
                         {"어제", "학교", "가다"},
                         {"친구", "놀이터", "놀다"},
                         {"숟가락", "밥", "먹다"},
                         {"아빠", "의사", "이다"},
                         {"물", "를", "마시다"},
                         {"나", "친구", "놀다", "싶다"},
                         {"사과", "바나나", "먹다"},
                         {"어제", "나", "놀이터", "놀다"},
                         {"안", "공부하다", "?"},
                         {"키위", "먹다", "?"},
                         {"엄마", "같이", "마트", "가다"},
                         {"나", "물", "마시다", "싶다", "?"},
                         {"TV", "보다", "싶다"}};
        return out;
    }();
    return w;
}

namespace {

std::string batch_of(const std::vector<std::pair<std::string, std::string>>& inputs) {
    nlohmann::json batch = nlohmann::json::array();
    for (const auto& [word, particle] : inputs)
        batch.push_back({{"word", word}, {"particle", particle}});
    return batch.dump();
}

}  // namespace

std::string particle_batch_json() {
    return batch_of(workload().particles);
}
std::string pair_batch_json() {
    return batch_of(workload().pairs);
}

std::string conjugate_batch_json() {
    nlohmann::json batch = nlohmann::json::array();
    for (const auto& verb : workload().verbs)
        batch.push_back({{"word", verb}, {"form", "polite_present"}});
    return batch.dump();
}

std::string complete_batch_json() {
    nlohmann::json batch = nlohmann::json::array();
    for (const auto& cards : workload().sentences) batch.push_back({{"cards", cards}});
    return batch.dump();
}

}  // namespace malmoi::bench
