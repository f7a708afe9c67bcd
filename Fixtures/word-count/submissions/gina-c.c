#include <stdio.h>
#include <string.h>

/* count lines, words and bytes of a stream */
void count(FILE *f, long *lines, long *words, long *bytes)
{
    int c, inword = 0;
    *lines = *words = *bytes = 0;
    while ((c = fgetc(f)) != EOF) {
        (*bytes)++;
        if (c == '\n')
            (*lines)++;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            inword = 0;
        } else if (!inword) {
            inword = 1;
            (*words)++;
        }
    }
}

int main(int argc, char **argv)
{
    long lines, words, bytes;

    if (argc > 1 && argv[1][0] == '-') {
        /* option: print only one number */
        count(stdin, &lines, &words, &bytes);
        if (strcmp(argv[1], "-l") == 0)
            printf("%ld\n", lines);
        else if (strcmp(argv[1], "-w") == 0)
            printf("%ld\n", words);
        else
            printf("%ld\n", bytes);
        return 0;
    }

    if (argc > 1) {
        FILE *f = fopen(argv[argc - 1], "r");
        if (f == NULL) {
            printf("wc: cannot open %s\n", argv[argc - 1]);
            return 1;
        }
        count(f, &lines, &words, &bytes);
        fclose(f);
        printf("%ld %ld %ld %s\n", lines, words, bytes, argv[argc - 1]);
        return 0;
    }

    count(stdin, &lines, &words, &bytes);
    printf("%ld %ld %ld\n", lines, words, bytes);
    return 0;
}
