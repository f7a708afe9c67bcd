/* listen NAME: binds one end of a datagram socketpair to the abstract Unix name NAME and
   waits up to 3 s for a message. send NAME: for up to 3 s, sends "secret" to NAME. Each
   prints what came of it: "received secret" / "nothing", "delivered" / "refused". */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static socklen_t address(const char *name, struct sockaddr_un *to) {
    memset(to, 0, sizeof *to);
    to->sun_family = AF_UNIX;
    size_t length = strlen(name);
    memcpy(to->sun_path + 1, name, length);
    return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + length);
}

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_DGRAM, 0, pair) != 0) {
        printf("no socketpair: %s\n", strerror(errno));
        return 0;
    }
    struct sockaddr_un named;
    socklen_t length = address(argv[2], &named);
    if (strcmp(argv[1], "listen") == 0) {
        struct sockaddr unspecified = {.sa_family = AF_UNSPEC};
        connect(pair[0], &unspecified, sizeof unspecified);
        if (bind(pair[0], (struct sockaddr *)&named, length) != 0) {
            printf("cannot bind: %s\n", strerror(errno));
            return 0;
        }
        struct pollfd ready = {pair[0], POLLIN, 0};
        char message[64] = "";
        if (poll(&ready, 1, 3000) == 1 && recv(pair[0], message, sizeof message - 1, 0) > 0)
            printf("received %s\n", message);
        else
            printf("nothing\n");
        return 0;
    }
    struct sockaddr unspecified = {.sa_family = AF_UNSPEC};
    connect(pair[1], &unspecified, sizeof unspecified);
    int error = 0;
    for (int attempt = 0; attempt < 300; attempt++) {
        if (sendto(pair[1], "secret", 6, 0, (struct sockaddr *)&named, length) == 6) {
            printf("delivered\n");
            return 0;
        }
        error = errno;
        struct timespec pause = {0, 10 * 1000 * 1000};
        nanosleep(&pause, NULL);
    }
    printf("refused: %s\n", strerror(error));
    return 0;
}
