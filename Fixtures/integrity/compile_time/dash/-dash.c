#include <stdio.h>
int main(void) { puts("dash"); return 0; }
