/*
 * date.h - calendar dates as day numbers (days since 1970-01-01, proleptic
 * Gregorian). Internal.
 */
#ifndef CC_DATE_H
#define CC_DATE_H

#include <stddef.h>
#include <stdint.h>

/** "No date" marker. */
#define CC_NO_DATE INT32_MIN

/**
 * Parse "YYYY-MM-DD" (exactly 10 bytes of s[0..len)) into a day number.
 * Rejects impossible dates (2025-02-30, month 13) and years outside
 * 1000..9999. Returns 0 on success, -1 on failure.
 */
int cc_date__parse(const char *s, size_t len, int32_t *day);

/** Format a day number as "YYYY-MM-DD" into out (11 bytes). */
void cc_date__format(int32_t day, char out[11]);

/** Day of the week: 0 = Monday ... 6 = Sunday. */
int cc_date__weekday(int32_t day);

/** Day number from year, month (1-12), day (1-31); no validation. */
int32_t cc_date__from_ymd(int y, int m, int d);

#endif
