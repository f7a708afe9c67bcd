#ifndef SPECGRADE_LAUNCHER_H
#define SPECGRADE_LAUNCHER_H
/* Placeholder until the sandbox launcher lands (issue 3). */
int sg_launcher_placeholder(void);
#endif
