// The progress lines of the native tools (tools/lib/progress.hpp), driven by a fake clock: the same
// lines as tools/progress.mjs, in place on a terminal, plain in a log, nothing for a quick run.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "progress.hpp"

using namespace malmoi::tools;

TEST_CASE("progress: durations") {
    struct Row {
        double ms;
        const char* text;
    };
    const Row rows[] = {
        {400, "0.4 s"}, {12400, "12 s"}, {185000, "3 m 05 s"}, {3720000, "1 h 02 m"}};
    for (const Row& row : rows) {
        CAPTURE(row.ms);
        CHECK(format_duration(row.ms) == row.text);
    }
}

TEST_CASE("progress: not a terminal, plain lines after quiet_ms, every every_ms, and the summary") {
    double now = 0;
    std::ostringstream out;
    Progress p(
        {"dataset train", 100, "examples", "dropped", false, 100, 10000, 2000, [&] { return now; }},
        out);
    for (int i = 1; i <= 100; ++i) {
        now += 250;
        p.update(i, i / 10);
    }
    p.finish();
    CHECK(out.str() ==
          "dataset train: 8/100 examples (8%) · 4.0 examples/s · 23 s left · 0 dropped\n"
          "dataset train: 48/100 examples (48%) · 4.0 examples/s · 13 s left · 4 dropped\n"
          "dataset train: 88/100 examples (88%) · 4.0 examples/s · 3.0 s left · 8 dropped\n"
          "dataset train: 100/100 examples (100%) · 4.0 examples/s · done in 25 s · 10 dropped\n");
}

TEST_CASE("progress: on a terminal, one line redrawn in place") {
    double now = 0;
    std::ostringstream out;
    Progress p(
        {"check-dataset", 10, "lines", "errors", true, 100, 10000, 2000, [&] { return now; }}, out);
    for (int i = 1; i <= 10; ++i) {
        now += 50;
        p.update(i, 0);
    }
    now += 3000;
    p.finish();
    const std::string text = out.str();
    CHECK(text.rfind(
              "\r\x1b[2Kcheck-dataset: 1/10 lines (10%) · 20 lines/s · 0.5 s left · 0 errors", 0) ==
          0);
    CHECK(text.find('\n') == text.size() - 1);  // only the summary ends its line
    CHECK(text.size() > 60);
    const std::string last =
        "\r\x1b[2Kcheck-dataset: 10/10 lines (100%) · 2.9 lines/s · done in 3.5 s · 0 errors\n";
    CHECK(text.compare(text.size() - last.size(), last.size(), last) == 0);
}

TEST_CASE("progress: a quick run leaves nothing, on a terminal or not") {
    for (bool tty : {false, true}) {
        CAPTURE(tty);
        double now = 0;
        std::ostringstream out;
        Progress p(
            {"dataset val", 5, "examples", "dropped", tty, 100, 10000, 2000, [&] { return now; }},
            out);
        for (int i = 1; i <= 5; ++i) {
            now += 100;
            p.update(i, 0);
        }
        p.finish();
        CHECK((out.str().empty() || out.str().substr(out.str().size() - 5) == "\r\x1b[2K"));
        CHECK(out.str().find('\n') == std::string::npos);
    }
}
