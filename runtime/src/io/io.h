#ifndef AI_IO_H
#define AI_IO_H

#include "aithon/rt.h"

void ai_io_flush(void);

#endif
