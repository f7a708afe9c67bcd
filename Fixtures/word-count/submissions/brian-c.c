/* wc: count the lines, words and bytes of standard input or of a file. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

struct counts {
    long lines;
    long words;
    long bytes;
};

static struct counts count_stream(FILE *in)
{
    struct counts c = {0, 0, 0};
    int in_word = 0;
    int ch;

    while ((ch = getc(in)) != EOF) {
        c.bytes++;
        if (ch == '\n')
            c.lines++;
        if (isspace(ch)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            c.words++;
        }
    }
    return c;
}

int main(int argc, char *argv[])
{
    char option = 0;
    int first = 1;

    if (argc > 1 && (strcmp(argv[1], "-l") == 0 || strcmp(argv[1], "-w") == 0 ||
                     strcmp(argv[1], "-c") == 0)) {
        option = argv[1][1];
        first = 2;
    }

    const char *name = first < argc ? argv[argc - 1] : NULL;
    FILE *in = stdin;
    if (name != NULL) {
        in = fopen(name, "rb");
        if (in == NULL) {
            fprintf(stderr, "wc: %s: %s\n", name, strerror(errno));
            return 1;
        }
    }

    struct counts c = count_stream(in);
    if (in != stdin)
        fclose(in);

    switch (option) {
    case 'l': printf("%ld", c.lines); break;
    case 'w': printf("%ld", c.words); break;
    case 'c': printf("%ld", c.bytes); break;
    default: printf("%ld %ld %ld", c.lines, c.words, c.bytes); break;
    }
    if (name != NULL)
        printf(" %s", name);
    printf("\n");
    return 0;
}
