// expect: time_limit
// detail: cpu
// Spins forever.
int main(void) {
    volatile unsigned long n = 0;
    for (;;) n++;
}
