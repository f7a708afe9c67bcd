#include "counts.hpp"

#include <cctype>
#include <iterator>

Counts countStream(std::istream& in)
{
    Counts counts;
    bool inWord = false;
    for (std::istreambuf_iterator<char> it(in), end; it != end; ++it) {
        const unsigned char ch = static_cast<unsigned char>(*it);
        ++counts.bytes;
        if (ch == '\n') {
            ++counts.lines;
        }
        if (std::isspace(ch)) {
            inWord = false;
        } else if (!inWord) {
            inWord = true;
            ++counts.words;
        }
    }
    return counts;
}
