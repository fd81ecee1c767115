#ifndef AI_IO_H
#define AI_IO_H

#include "aithon/rt.h"

void ai_io_flush(void);
/* Flush stdout at exit() and, with write(2) only, before a fatal signal ends the program. */
void ai_io_install_safety_net(void);

#endif
