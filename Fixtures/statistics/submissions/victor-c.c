/* Hostile fixture: tries to send its input to a server before answering.
 *
 * The first thing it does is socket(AF_INET, SOCK_STREAM, 0). The sandbox blocks sockets
 * other than AF_UNIX, so every test must end in security_violation. The program never
 * silently recovers: if the call merely fails (an errno rather than the filter stopping the
 * program) it exits with status 3, so a sandbox that lets the call fail shows up as a
 * runtime_error rather than as a pass. Only with the network open (a bare run) does it go
 * on to answer, after trying to send the numbers to 127.0.0.1:9.
 */
#include <arpa/inet.h>
#include <math.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static char input[1 << 20];

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void)
{
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    if (sock < 0) {
        perror("socket");
        return 3;
    }

    size_t length = fread(input, 1, sizeof input - 1, stdin);
    input[length] = '\0';

    struct sockaddr_in server;
    memset(&server, 0, sizeof server);
    server.sin_family = AF_INET;
    server.sin_port = htons(9);
    server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(sock, (struct sockaddr *)&server, sizeof server) == 0)
        write(sock, input, length);
    close(sock);

    static double numbers[1 << 17];
    size_t count = 0;
    for (char *token = strtok(input, " \t\r\n"); token != NULL; token = strtok(NULL, " \t\r\n")) {
        char *end;
        numbers[count] = strtod(token, &end);
        if (*end != '\0' || count + 1 == sizeof numbers / sizeof *numbers) {
            fprintf(stderr, "error: not a number: %s\n", token);
            return 1;
        }
        count++;
    }
    if (count == 0) {
        fprintf(stderr, "error: no numbers\n");
        return 1;
    }
    qsort(numbers, count, sizeof *numbers, by_value);
    double sum = 0, squares = 0;
    for (size_t i = 0; i < count; i++)
        sum += numbers[i];
    double mean = sum / count;
    for (size_t i = 0; i < count; i++)
        squares += (numbers[i] - mean) * (numbers[i] - mean);
    double median = count % 2 ? numbers[count / 2] : (numbers[count / 2 - 1] + numbers[count / 2]) / 2;
    printf("count: %zu\nmin: %.6f\nmax: %.6f\nmean: %.6f\nmedian: %.6f\nstdev: %.6f\n", count,
           numbers[0], numbers[count - 1], mean, median, sqrt(squares / count));
    return 0;
}
