// libFuzzer's driver, for a program that keeps its own main (SwiftPM gives every executable one).
// Only a declaration: the symbol comes from the runtime -sanitize=fuzzer links, and nothing calls it otherwise.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
