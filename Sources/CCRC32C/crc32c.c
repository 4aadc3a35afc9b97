// CRC-32C for the event log's record checksums and the snapshot's check of the logs.
// The processor's instruction where there is one (every x86-64 since 2008 has SSE 4.2),
// chosen at run time so the binary still runs on a processor without it; otherwise the
// portable eight-table method. Swift cannot enable a processor feature for one function,
// hence this small C file (docs/decisions.md).
#include "CCRC32C.h"

#include <string.h>

static uint32_t tables[8][256];
static int tables_ready;

static void make_tables(void) {
    for (uint32_t index = 0; index < 256; index++) {
        uint32_t crc = index;
        for (int bit = 0; bit < 8; bit++) crc = (crc & 1) ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
        tables[0][index] = crc;
    }
    for (int k = 1; k < 8; k++)
        for (uint32_t index = 0; index < 256; index++) {
            uint32_t previous = tables[k - 1][index];
            tables[k][index] = (previous >> 8) ^ tables[0][previous & 0xFF];
        }
    __atomic_store_n(&tables_ready, 1, __ATOMIC_RELEASE);
}

static uint32_t software(uint32_t crc, const uint8_t *data, size_t length) {
    // Several threads may build the tables at once: they write the same values.
    if (!__atomic_load_n(&tables_ready, __ATOMIC_ACQUIRE)) make_tables();
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, data, 8);
        uint32_t low = crc ^ (uint32_t)word, high = (uint32_t)(word >> 32);
        crc = tables[7][low & 0xFF] ^ tables[6][(low >> 8) & 0xFF] ^ tables[5][(low >> 16) & 0xFF]
            ^ tables[4][low >> 24] ^ tables[3][high & 0xFF] ^ tables[2][(high >> 8) & 0xFF]
            ^ tables[1][(high >> 16) & 0xFF] ^ tables[0][high >> 24];
        data += 8;
        length -= 8;
    }
    while (length--) crc = tables[0][(crc ^ *data++) & 0xFF] ^ (crc >> 8);
    return crc;
}

#if defined(__x86_64__)
#include <nmmintrin.h>

__attribute__((target("sse4.2")))
static uint32_t hardware(uint32_t crc, const uint8_t *data, size_t length) {
    uint64_t state = crc;
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, data, 8);
        state = _mm_crc32_u64(state, word);
        data += 8;
        length -= 8;
    }
    uint32_t small = (uint32_t)state;
    while (length--) small = _mm_crc32_u8(small, *data++);
    return small;
}

static int detected = -1;

int parcours_crc32c_hardware(void) {
    int known = __atomic_load_n(&detected, __ATOMIC_RELAXED);
    if (known < 0) {
        __builtin_cpu_init();
        known = __builtin_cpu_supports("sse4.2") ? 1 : 0;
        __atomic_store_n(&detected, known, __ATOMIC_RELAXED);
    }
    return known;
}

uint32_t parcours_crc32c_update(uint32_t crc, const uint8_t *data, size_t length) {
    return parcours_crc32c_hardware() ? hardware(crc, data, length) : software(crc, data, length);
}

#elif defined(__aarch64__) && defined(__ARM_FEATURE_CRC32)
#include <arm_acle.h>

int parcours_crc32c_hardware(void) { return 1; }

uint32_t parcours_crc32c_update(uint32_t crc, const uint8_t *data, size_t length) {
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, data, 8);
        crc = __crc32cd(crc, word);
        data += 8;
        length -= 8;
    }
    while (length--) crc = __crc32cb(crc, *data++);
    return crc;
}

#else

int parcours_crc32c_hardware(void) { return 0; }

uint32_t parcours_crc32c_update(uint32_t crc, const uint8_t *data, size_t length) {
    return software(crc, data, length);
}

#endif

uint32_t parcours_crc32c_update_portable(uint32_t crc, const uint8_t *data, size_t length) {
    return software(crc, data, length);
}
