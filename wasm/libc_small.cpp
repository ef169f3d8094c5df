// Two C library functions the module defines for itself, smaller than the C library's: nlohmann's
// JSON parser reaches strtod only for a number with a fraction or an exponent (no request of ours
// needs one's exact value) and snprintf only to name a control character in a parse error
// ("<U+001F>"). The C library's own versions bring its long-double arithmetic and its whole printf
// engine into the module (tools/bench/wasm-size.mjs shows them in a named build). The native
// programs and tests link the C library's: this file is in the wasm build only.
#include <cstdarg>
#include <cstddef>

extern "C" {

// A decimal number as JSON writes it (sign, digits, fraction, exponent), to the nearest double
// within a few units in the last place; *end is where reading stopped, as the standard says.
double strtod(const char* text, char** end) {
    const char* p = text;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') ++p;
    const bool negative = *p == '-';
    if (*p == '-' || *p == '+') ++p;
    double value = 0;
    int scale = 0;
    bool digits = false;
    for (; *p >= '0' && *p <= '9'; ++p, digits = true) value = value * 10 + (*p - '0');
    if (*p == '.') {
        for (++p; *p >= '0' && *p <= '9'; ++p, digits = true) {
            value = value * 10 + (*p - '0');
            --scale;
        }
    }
    if (!digits) {
        if (end) *end = const_cast<char*>(text);
        return 0;
    }
    if (*p == 'e' || *p == 'E') {
        const char* e = p + 1;
        const bool minus = *e == '-';
        if (*e == '-' || *e == '+') ++e;
        if (*e >= '0' && *e <= '9') {
            int exponent = 0;
            for (; *e >= '0' && *e <= '9'; ++e)
                if (exponent < 10000) exponent = exponent * 10 + (*e - '0');
            scale += minus ? -exponent : exponent;
            p = e;
        }
    }
    double power = 1, base = 10;
    for (int n = scale < 0 ? -scale : scale; n > 0; n >>= 1, base *= base)
        if (n & 1) power *= base;
    value = scale < 0 ? value / power : value * power;
    if (end) *end = const_cast<char*>(p);
    return negative ? -value : value;
}

// (The C library defines these three together: the module defines all three.)
float strtof(const char* text, char** end) {
    return static_cast<float>(strtod(text, end));
}
long double strtold(const char* text, char** end) {
    return strtod(text, end);
}

// Enough of snprintf for what reaches it: "%.4X" and "%.2hhX" (a byte in hex, zero-padded),
// integers (%d %i %u %x %X, with h, l, ll or z), "%s" and plain text. Any other conversion is
// copied as written. (wasm32: int, long and size_t are 32 bits.)
int snprintf(char* out, std::size_t size, const char* format, ...) {
    va_list args;
    va_start(args, format);
    std::size_t n = 0;
    const auto put = [&](char c) {
        if (n + 1 < size) out[n] = c;
        ++n;
    };
    for (const char* f = format; *f; ++f) {
        if (*f != '%') {
            put(*f);
            continue;
        }
        const char* spec = f + 1;
        int width = 0;
        if (*spec == '.') {
            for (++spec; *spec >= '0' && *spec <= '9'; ++spec) width = width * 10 + (*spec - '0');
        }
        int longs = 0;  // h and hh are read as int, as C passes them; l is int-sized here
        for (; *spec == 'h' || *spec == 'l' || *spec == 'z'; ++spec) longs += *spec == 'l';
        if (*spec == 'X' || *spec == 'x' || *spec == 'd' || *spec == 'i' || *spec == 'u') {
            unsigned long long v = 0;
            bool minus = false;
            if (*spec == 'd' || *spec == 'i') {
                const long long s = longs >= 2 ? va_arg(args, long long) : va_arg(args, long);
                minus = s < 0;
                v = minus ? 0ULL - static_cast<unsigned long long>(s)
                          : static_cast<unsigned long long>(s);
            } else {
                v = longs >= 2 ? va_arg(args, unsigned long long) : va_arg(args, unsigned long);
            }
            const unsigned base = *spec == 'X' || *spec == 'x' ? 16 : 10;
            const char* digits = *spec == 'x' ? "0123456789abcdef" : "0123456789ABCDEF";
            char buffer[24];
            int k = 0;
            do {
                buffer[k++] = digits[v % base];
                v /= base;
            } while (v);
            while (k < width) buffer[k++] = '0';
            if (minus) put('-');
            while (k) put(buffer[--k]);
            f = spec;
        } else if (*spec == 's') {
            for (const char* s = va_arg(args, const char*); s && *s; ++s) put(*s);
            f = spec;
        } else {
            put('%');
        }
    }
    if (size) out[n < size ? n : size - 1] = '\0';
    va_end(args);
    return static_cast<int>(n);
}
}
