/* fuzz.h — the libFuzzer entry point every tests/fuzz/<name>Fuzz.c
 * defines; replayMain.c feeds it files when built without libFuzzer. */
#ifndef CS_FUZZ_H
#define CS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Returns 0; aborts (a finding) when an invariant is broken. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
