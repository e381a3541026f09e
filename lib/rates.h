/*
 * rates.h - internal interface of the exchange-rate table (rates.c) and the
 * built-in ECB history (generated rates_table.c). Internal.
 */
#ifndef CC_RATES_H
#define CC_RATES_H

#include <stdint.h>

#include "crosscheck.h"

/** A rate interval for one currency pair over a window of days. */
typedef struct cc_fx {
    double low, high;    /* units of `to` per unit of `from` (lowest, highest) */
    int32_t first_day;   /* first day whose rate was used (day number, date.h) */
    int32_t last_day;    /* last day whose rate was used */
    uint8_t after_table; /* 1 if the date lies after the table's last day */
} cc_fx;

/**
 * The rate interval to convert `from` into `to` (ISO codes, upper case,
 * "EUR" allowed on either side) for a claim dated `day` (date.h day
 * number) with the window of DESIGN.md: every day with rates for both
 * currencies in [day - window, day + window]; if none, the nearest such day
 * before and the nearest after (either may be missing at the table's ends).
 * from == to gives {1, 1} with first_day = last_day = day.
 *
 * @return CC_OK; CC_ECURRENCY (message says which currency is unknown or
 *         has no rate near that date); CC_EDATE if the day is before the
 *         table's first day.
 */
cc_status cc_rates__fx(const cc_rates *r, const char *from, const char *to, int32_t day,
                       int window, cc_fx *out, cc_error *err);

#endif
