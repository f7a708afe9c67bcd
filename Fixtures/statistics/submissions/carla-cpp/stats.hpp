// Summary statistics of a list of numbers.
#pragma once

#include <cstddef>
#include <vector>

struct Summary {
    std::size_t count;
    double min;
    double max;
    double mean;
    double median;
    double stdev;  // population standard deviation
};

// Summarises `numbers`, which must not be empty.
Summary summarize(std::vector<double> numbers);
