// Progress of a long run, on standard error so that standard output stays the result: items done of
// the total, the rate, the time left and the failures so far. On a terminal one line updates in
// place; otherwise (a CI log, a file) a plain line every so often. A run that ends within quiet_ms
// leaves nothing behind. The same lines as tools/progress.mjs writes for the Node tools.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace malmoi::tools {

/// "12 s", "3 m 05 s", "1 h 02 m", "0.4 s".
std::string format_duration(double ms);

/// Whether standard error is a terminal.
bool stderr_is_terminal();

class Progress {
  public:
    struct Options {
        std::string label;  ///< what runs: "dataset train"
        int total = 0;
        std::string unit = "rows";           ///< what an item is
        std::string failed_word = "failed";  ///< what a failure is called: "dropped"
        bool tty = false;                    ///< redraw one line in place
        double redraw_ms = 100;              ///< on a terminal, at most this often
        double every_ms = 10000;             ///< otherwise, a plain line this often
        double quiet_ms = 2000;              ///< a shorter run leaves no trace
        std::function<double()> now = {};    ///< milliseconds; a steady clock when empty
    };

    Progress(Options options, std::ostream& out);

    /// The line: "dataset train: 1200/3000 examples (40%) · 1650 examples/s · 1.1 s left · 3
    /// dropped".
    std::string line(bool final) const;

    void update(int done, int failed);

    /// Ends the run: its summary line stays unless the run was quick.
    void finish();

  private:
    Options options_;
    std::ostream& out_;
    double started_ = 0;
    double last_draw_ = -1e300;
    double last_line_ = 0;
    int done_ = 0;
    int failed_ = 0;
    bool drawn_ = false;
    bool printed_ = false;
    bool finished_ = false;
};

}  // namespace malmoi::tools
