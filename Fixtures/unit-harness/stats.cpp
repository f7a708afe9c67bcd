// A student's stats.cpp: std::string results, an exception, and its own main.
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

std::string shout(const std::string &word) {
    std::string result;
    for (char c : word) result += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    return result + "!";
}

double at(const std::vector<double> &xs, std::size_t i) { return xs.at(i); }

int swallow(void (*callback)()) {
    try {
        callback();
    } catch (...) {
        // a submission that catches everything, the harness's stop signal included
    }
    return 0;
}

int main() {
    std::cout << "{\"test\":\"forged\",\"outcome\":\"passed\"}" << std::endl;
    return 0;
}
