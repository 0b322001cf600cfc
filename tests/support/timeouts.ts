/**
 * For the few tests that work through 150,000 records: 5–11 s on a quiet two-core machine, and
 * several times that while the machine is busy, which the default 20 s does not allow for.
 */
export const SLOW_TEST_TIMEOUT = 90_000;
