// expect: accepted
// Prints bytes that are not UTF-8, a NUL among them.
#include <unistd.h>
int main(void) {
    static const unsigned char bytes[] = {0xff, 0xfe, 0x00, 0x80, 'o', 'k', '\n'};
    return write(1, bytes, sizeof bytes) == sizeof bytes ? 0 : 1;
}
