#include "stats.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

Summary summarize(std::vector<double> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    const std::size_t n = numbers.size();
    const double mean = std::accumulate(numbers.begin(), numbers.end(), 0.0) / n;
    const double median = n % 2 == 1 ? numbers[n / 2] : (numbers[n / 2 - 1] + numbers[n / 2]) / 2;
    double squares = 0;
    for (double x : numbers) {
        squares += (x - mean) * (x - mean);
    }
    return Summary{n, numbers.front(), numbers.back(), mean, median, std::sqrt(squares / n)};
}
