/* wc: lines, words and bytes. Reads everything into memory, then scans it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_all(FILE *in, size_t *size)
{
    size_t capacity = 4096, used = 0, n;
    char *buffer = malloc(capacity);
    while (buffer != NULL && (n = fread(buffer + used, 1, capacity - used, in)) > 0) {
        used += n;
        if (used == capacity) {
            capacity *= 2;
            buffer = realloc(buffer, capacity);
        }
    }
    *size = used;
    return buffer;
}

/* Counts words by skipping blanks, then skipping the word itself. */
static long count_words(const char *text, size_t size)
{
    long words = 0;
    size_t i = 0;
    while (i < size) {
        if (text[i] == ' ' || text[i] == '\n' || text[i] == '\r') {
            i++;
        } else if (text[i] != '\t') {
            words++;
            while (i < size && text[i] != ' ' && text[i] != '\n' && text[i] != '\t' && text[i] != '\r')
                i++;
        }
    }
    return words;
}

int main(int argc, char *argv[])
{
    int option = 0, first = 1;
    if (argc > 1 && (!strcmp(argv[1], "-l") || !strcmp(argv[1], "-w") || !strcmp(argv[1], "-c"))) {
        option = argv[1][1];
        first = 2;
    }
    const char *name = first < argc ? argv[argc - 1] : NULL;
    FILE *in = stdin;
    if (name != NULL && (in = fopen(name, "rb")) == NULL) {
        fprintf(stderr, "wc: %s: cannot open\n", name);
        return 1;
    }

    size_t size;
    char *text = read_all(in, &size);
    if (text == NULL) {
        fprintf(stderr, "wc: out of memory\n");
        return 2;
    }
    long lines = 0;
    for (size_t i = 0; i < size; i++)
        lines += text[i] == '\n';
    long words = count_words(text, size);

    if (option == 'l')
        printf("%ld", lines);
    else if (option == 'w')
        printf("%ld", words);
    else if (option == 'c')
        printf("%ld", (long)size);
    else
        printf("%ld %ld %ld", lines, words, (long)size);
    if (name != NULL)
        printf(" %s", name);
    printf("\n");
    free(text);
    return 0;
}
