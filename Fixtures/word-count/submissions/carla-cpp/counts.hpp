// Counting lines, words and bytes, the way Unix wc does.
#pragma once

#include <istream>

struct Counts {
    long lines = 0;
    long words = 0;
    long bytes = 0;
};

// Reads `in` to the end and counts what it held.
Counts countStream(std::istream& in);
