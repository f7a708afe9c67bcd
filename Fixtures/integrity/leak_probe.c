/* look SECRET: reports, one per line, what a run can observe that an earlier run of the same
   sandbox could have set. leave SECRET: sets all of it from SECRET (a small number). */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/wait.h>
#include <unistd.h>

static unsigned long new_inode(const char *dir) {
    char path[256];
    snprintf(path, sizeof path, "%s/probe", dir);
    int fd = open(path, O_CREAT | O_WRONLY, 0600);
    struct stat info;
    fstat(fd, &info);
    close(fd);
    unlink(path);
    return (unsigned long)info.st_ino;
}

static int child_pid(void) {
    int pid = fork();
    if (pid == 0) _exit(0);
    waitpid(pid, NULL, 0);
    return pid;
}

/* Entries in `dir`, "." and ".." aside. */
static int entries(const char *dir) {
    int count = 0;
    DIR *d = opendir(dir);
    if (!d) return -1;
    for (struct dirent *e; (e = readdir(d));) count += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    closedir(d);
    return count;
}

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    /* The working and temporary directories as the run was given them (/work and /tmp in a
       namespace's view; host directories of the run's own in confined mode). */
    const char *home = getenv("HOME") ? getenv("HOME") : "/work";
    const char *temp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    long secret = atol(argv[2]);
    if (strcmp(argv[1], "leave") == 0) {
        for (long i = 0; i < secret; i++) {
            char path[600];
            snprintf(path, sizeof path, "%s/n%ld", temp, i);
            close(open(path, O_CREAT | O_WRONLY, 0600));
            unlink(path);
            snprintf(path, sizeof path, "%s/n%ld", home, i);
            close(open(path, O_CREAT | O_WRONLY, 0600));
            unlink(path);
            child_pid();
        }
        /* Blocks in /tmp, left behind (a few, well under the file size limit). */
        char ballast[600];
        snprintf(ballast, sizeof ballast, "%s/ballast", temp);
        int fd = open(ballast, O_CREAT | O_WRONLY, 0600);
        static char block[4096];
        for (long i = 0; i < secret % 200; i++) write(fd, block, sizeof block);
        close(fd);
        struct timespec times[2] = {{secret, secret}, {secret, secret}};
        if (utimensat(AT_FDCWD, home, times, 0) != 0) perror("utimensat");
        if (utimensat(AT_FDCWD, temp, times, 0) != 0) perror("utimensat /tmp");
        printf("left\n");
        return 0;
    }
    struct stat work, tmp;
    stat(home, &work);
    stat(temp, &tmp);
    struct statfs work_fs, tmp_fs;
    statfs(home, &work_fs);
    statfs(temp, &tmp_fs);
    printf("times hold the secret: %d\n",
           work.st_mtim.tv_sec == secret || work.st_atim.tv_nsec == secret || tmp.st_mtim.tv_sec == secret);
    printf("files left: %d %d\n", entries(home), entries(temp));
    printf("inodes: %lu %lu\n", new_inode(home), new_inode(temp));
    printf("pids: %d %d\n", (int)getpid(), child_pid());
    printf("free blocks: %ld %ld\n", (long)work_fs.f_bfree, (long)tmp_fs.f_bfree);
    printf("init visible: %d\n", access("/proc/1/stat", R_OK) == 0);
    return 0;
}
