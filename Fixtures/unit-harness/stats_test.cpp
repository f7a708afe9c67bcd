#include "specgrade_test.h"

#include <string>
#include <vector>

std::string shout(const std::string &word);
double at(const std::vector<double> &xs, std::size_t i);
int swallow(void (*callback)());

SG_TEST(shout_word) {
    SG_CHECK_EQ_STR("HI!", shout("hi"));
    SG_CHECK_EQ_STR(std::string("OK!"), shout("ok"));
}

SG_TEST(shout_wrong) {
    SG_CHECK_EQ_STR("hey!", shout("hey"));
}

SG_TEST(out_of_range) {
    SG_CHECK_EQ_DOUBLE(1.0, at(std::vector<double>{1.0}, 3), 0.0);
}

static void failing_callback() { SG_CHECK_EQ_INT(1, 2); }

SG_TEST(swallowed_failure) {
    SG_CHECK_EQ_INT(0, swallow(failing_callback));
}
