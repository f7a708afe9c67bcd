// wc: count the lines, words and bytes of standard input or of a file.
#include "counts.hpp"

#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

int main(int argc, char* argv[])
{
    std::vector<std::string> args(argv + 1, argv + argc);
    std::optional<char> option;
    if (!args.empty() && (args[0] == "-l" || args[0] == "-w" || args[0] == "-c")) {
        option = args[0][1];
        args.erase(args.begin());
    }

    Counts counts;
    if (args.empty()) {
        counts = countStream(std::cin);
    } else {
        std::ifstream file(args.back(), std::ios::binary);
        if (!file) {
            std::cerr << "wc: " << args.back() << ": cannot open file\n";
            return 1;
        }
        counts = countStream(file);
    }

    if (!option) {
        std::cout << counts.lines << ' ' << counts.words << ' ' << counts.bytes;
    } else if (*option == 'l') {
        std::cout << counts.lines;
    } else if (*option == 'w') {
        std::cout << counts.words;
    } else {
        std::cout << counts.bytes;
    }
    if (!args.empty()) {
        std::cout << ' ' << args.back();
    }
    std::cout << '\n';
    return 0;
}
