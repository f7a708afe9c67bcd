// Descriptive statistics of the numbers on standard input.
#include "stats.hpp"

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

// Parses the whole token as a number, or returns false.
bool parseNumber(const std::string& token, double& value)
{
    try {
        std::size_t used = 0;
        value = std::stod(token, &used);
        return used == token.size();
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace

int main()
{
    std::vector<double> numbers;
    std::string token;
    while (std::cin >> token) {
        double value;
        if (!parseNumber(token, value)) {
            std::cerr << "error: not a number: " << token << '\n';
            return 1;
        }
        numbers.push_back(value);
    }
    if (numbers.empty()) {
        std::cerr << "error: no numbers\n";
        return 1;
    }

    const Summary s = summarize(numbers);
    std::printf("count: %zu\n", s.count);
    std::printf("min: %.6f\n", s.min);
    std::printf("max: %.6f\n", s.max);
    std::printf("mean: %.6f\n", s.mean);
    std::printf("median: %.6f\n", s.median);
    std::printf("stdev: %.6f\n", s.stdev);
    return 0;
}
