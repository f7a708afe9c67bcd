#include "launcher.h"
int sg_launcher_placeholder(void) { return 0; }
