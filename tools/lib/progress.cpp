#include "progress.hpp"

#include <unistd.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace malmoi::tools {

namespace {

constexpr const char* kClearLine = "\r\x1b[2K";

double steady_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

std::string two_digits(long v) {
    return (v < 10 ? "0" : "") + std::to_string(v);
}

}  // namespace

std::string format_duration(double ms) {
    if (!std::isfinite(ms) || ms < 0) return "—";
    const double s = ms / 1000;
    if (s < 10) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.1f s", s);
        return buffer;
    }
    const long whole = std::lround(s);
    if (whole < 60) return std::to_string(whole) + " s";
    const long m = whole / 60;
    if (m < 60) return std::to_string(m) + " m " + two_digits(whole % 60) + " s";
    return std::to_string(m / 60) + " h " + two_digits(m % 60) + " m";
}

bool stderr_is_terminal() {
    return isatty(fileno(stderr)) != 0;
}

Progress::Progress(Options options, std::ostream& out) : options_(std::move(options)), out_(out) {
    if (!options_.now) options_.now = steady_ms;
    started_ = options_.now();
    last_line_ = started_;
}

std::string Progress::line(bool final) const {
    const double elapsed = options_.now() - started_;
    const int share = options_.total > 0 ? static_cast<int>((100LL * done_) / options_.total) : 100;
    const double rate = elapsed > 0 ? done_ * 1000.0 / elapsed : 0;
    std::ostringstream text;
    text << options_.label << ": " << done_ << '/' << options_.total << ' ' << options_.unit << " ("
         << share << "%) · ";
    if (rate >= 10) {
        text << std::lround(rate);
    } else {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.1f", rate);
        text << buffer;
    }
    text << ' ' << options_.unit << "/s · ";
    if (final)
        text << "done in " << format_duration(elapsed);
    else if (rate > 0)
        text << format_duration((options_.total - done_) / rate * 1000) << " left";
    else
        text << "time left unknown";
    text << " · " << failed_ << ' ' << options_.failed_word;
    return text.str();
}

void Progress::update(int done, int failed) {
    if (finished_) return;
    done_ = done;
    failed_ = failed;
    const double t = options_.now();
    if (options_.tty) {
        if (t - last_draw_ < options_.redraw_ms) return;
        last_draw_ = t;
        out_ << kClearLine << line(false) << std::flush;
        drawn_ = true;
    } else if (t - started_ >= options_.quiet_ms &&
               (!printed_ || t - last_line_ >= options_.every_ms)) {
        last_line_ = t;
        printed_ = true;
        out_ << line(false) << '\n' << std::flush;
    }
}

void Progress::finish() {
    if (finished_) return;
    finished_ = true;
    const bool quick = options_.now() - started_ < options_.quiet_ms;
    if (options_.tty) {
        if (!quick)
            out_ << kClearLine << line(true) << '\n';
        else if (drawn_)
            out_ << kClearLine;
    } else if (!quick || printed_) {
        out_ << line(true) << '\n';
    }
    out_ << std::flush;
}

}  // namespace malmoi::tools
