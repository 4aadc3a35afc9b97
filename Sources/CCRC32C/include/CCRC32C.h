#ifndef PARCOURS_CCRC32C_H
#define PARCOURS_CCRC32C_H

#include <stddef.h>
#include <stdint.h>

/// Extends a CRC-32C (Castagnoli) over `length` bytes. `crc` is the running register
/// (start with 0xFFFFFFFF, XOR the end result with 0xFFFFFFFF). Uses the processor's
/// CRC-32C instruction when it has one (SSE 4.2, ARMv8 CRC), else eight tables.
uint32_t parcours_crc32c_update(uint32_t crc, const uint8_t *data, size_t length);

/// The same through the portable tables only (the tests hold both to the definition).
uint32_t parcours_crc32c_update_portable(uint32_t crc, const uint8_t *data, size_t length);

/// Whether the processor's instruction is used (for the benchmark's report).
int parcours_crc32c_hardware(void);

#endif
