#include "specgrade_test.h"

double mean(const double *xs, int n);
double median(const double *xs, int n);
const char *describe(int n);
int crash_on(int n);
int leave_early(int n);
int leave_now(int n);
void spin(void);
void chatter(int count);
int read_input(void);
int specgrade_student_main(void);

SG_TEST(mean_even) {
    double xs[] = {1, 2, 3, 4};
    SG_CHECK_EQ_DOUBLE(2.5, mean(xs, 4), 1e-9);
}

SG_TEST(median_odd) {
    double xs[] = {3, 1, 2};
    SG_CHECK_EQ_DOUBLE(2.0, median(xs, 3), 1e-9);
    SG_FAIL("not reached: the first failed check stops the test");
}

SG_TEST(describe_one) {
    SG_CHECK_EQ_STR("one value", describe(1));
    SG_CHECK_EQ_STR("one \"quoted\"\n value", describe(2));
}

SG_TEST(count_is_int) {
    SG_CHECK_EQ_INT(4, sizeof(int));
    SG_CHECK(mean((double[]){2, 2}, 2) == 2);
    SG_CHECK_EQ_INT(7, 3 + 3);
}

SG_TEST(crashes) {
    SG_CHECK_EQ_INT(0, crash_on(1));
}

SG_TEST(exits_early) {
    SG_CHECK_EQ_INT(0, leave_early(0));
}

SG_TEST(exits_now) {
    SG_CHECK_EQ_INT(0, leave_now(3));
}

SG_TEST(whole_program) {
    SG_CHECK_EQ_INT(0, specgrade_student_main());
}

SG_TEST(reads_nothing) {
    SG_CHECK_EQ_INT(EOF, read_input());
}

SG_TEST(chatty) {
    chatter(10000);
}

SG_TEST(spins) {
    spin();
}
