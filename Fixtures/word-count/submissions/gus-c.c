#include <stdio.h>
#include <string.h>

int main(int argc, char *argv[])
{
    long lines = 0, words = 0, bytes = 0;
    int c, in_word = 0;
    FILE *in = stdin;
    int only = 0;

    if (argc > 1 && argv[1][0] == '-' && argv[1][1] != '\0') {
        only = argv[1][1];
    }
    if (argc > (only ? 2 : 1)) {
        in = fopen(argv[argc - 1], "r");
        if (in == NULL) {
            fprintf(stderr, "wc: %s: cannot open\n", argv[argc - 1]);
            return 1;
        }
    }

    while ((c = getc(in)) != EOF) {
        bytes++;
        if (c == '\n')
            lines++;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            word++;
        }
    }

    if (only == 'l')
        printf("%ld", lines);
    else if (only == 'w')
        printf("%ld", words);
    else if (only == 'c')
        printf("%ld", bytes);
    else
        printf("%ld %ld %ld", lines, words, bytes)
    if (in != stdin)
        printf(" %s", argv[argc - 1]);
    printf("\n");
    return 0;
}
