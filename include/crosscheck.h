/*
 * crosscheck.h - cross-check numeric claims across conflicting reports.
 *
 * This header is the whole public API of libcrosscheck and its manual.
 * It needs only the C standard library; no jansson or ICU type leaks.
 *
 * Quick tour:
 *
 *     cc_error err;
 *     cc_claimset *set = NULL;
 *     cc_report *report = NULL;
 *     char *json = NULL;
 *     size_t len = 0;
 *
 *     if (cc_claimset_load_file(&set, "claims.json", &err) != CC_OK ||
 *         cc_check(&report, set, NULL, NULL, &err) != CC_OK ||
 *         cc_report_write(report, CC_FORMAT_TEXT, &json, &len, &err) != CC_OK)
 *         fprintf(stderr, "%s:%d:%d: %s\n", err.source, err.line, err.column,
 *                 err.message);
 *     else
 *         fwrite(json, 1, len, stdout);
 *     cc_free(json);
 *     cc_report_free(report);
 *     cc_claimset_free(set);
 *
 * Conventions used throughout:
 *  - Fallible calls return a cc_status (CC_OK == 0, errors negative), take
 *    the out parameter first and an optional cc_error * last (NULL allowed).
 *  - Every cc_*_free(NULL) is a no-op.
 *  - Strings returned as `char **out` are owned by the caller and freed with
 *    cc_free(). Getters returning `const char *` are borrowed from their
 *    object and valid until that object is freed.
 *  - Objects are not shared between threads while one thread modifies them;
 *    const objects (a loaded claim set, a rate table, a report) may be read
 *    from several threads at once.
 */
#ifndef CROSSCHECK_H
#define CROSSCHECK_H

#include <stddef.h>
#include <stdint.h>

#include "crosscheck_version.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef CC_API
#if defined(_WIN32)
#define CC_API
#elif defined(__GNUC__) && __GNUC__ >= 4
#define CC_API __attribute__((visibility("default")))
#else
#define CC_API
#endif
#endif

/* ------------------------------------------------------------------ */
/* Version, status codes, errors, memory                               */
/* ------------------------------------------------------------------ */

/**
 * The library's version as "MAJOR.MINOR.PATCH".
 * @return a static string.
 */
CC_API const char *cc_version(void);

/**
 * The library's version as (MAJOR << 16) | (MINOR << 8) | PATCH, to compare
 * with CC_VERSION_NUMBER from the header the program was compiled with.
 */
CC_API int cc_version_number(void);

/**
 * Status codes. The values are fixed and never renumbered.
 */
typedef enum cc_status {
    CC_OK = 0,
    CC_ENOMEM = -1,    /**< out of memory */
    CC_EINVAL = -2,    /**< invalid argument (NULL where not allowed, bad option) */
    CC_EIO = -3,       /**< a file could not be read or written */
    CC_ESYNTAX = -4,   /**< malformed input: JSON, CSV, dates */
    CC_ESCHEMA = -5,   /**< well-formed input with wrong content: missing or
                            wrongly typed field, unknown source, duplicate id */
    CC_EQUANTITY = -6, /**< a quantity text or value that cannot be read */
    CC_ECURRENCY = -7, /**< unknown currency code or name */
    CC_EDATE = -8,     /**< impossible or unsupported date */
    CC_ERANGE = -9,    /**< a number out of range: 1e400, NaN, negative scale */
    CC_ELANG = -10,    /**< a language crosscheck has no tables for */
    CC_EICU = -11,     /**< ICU reported a failure */
    CC_ELIMIT = -12,   /**< input larger than a documented limit */
    CC_EINTERNAL = -13 /**< a bug in crosscheck; please report it */
} cc_status;

/**
 * A short static English description of a status code ("out of memory").
 * Unknown codes give "unknown error".
 */
CC_API const char *cc_strerror(int code);

#define CC_ERROR_SOURCE_LENGTH 256
#define CC_ERROR_MESSAGE_LENGTH 256

/**
 * Details of the first error a call met. Allocated by the caller (stack is
 * fine); every fallible call accepts NULL instead. On success the fields are
 * left untouched; on failure they are all set.
 *
 * - code:    the cc_status returned.
 * - line, column: 1-based position in the input (column counted in code
 *            points), 0 when the error has no position.
 * - offset:  byte offset from the start of the input, -1 when none.
 * - source:  the input's name (a path, "<stdin>", "<string>"), "" if none.
 * - message: lower-case English naming the offending token or claim id, e.g.
 *            "claim 'c7': unknown source 'sz'".
 */
typedef struct cc_error {
    int code;
    int line;
    int column;
    int64_t offset;
    char source[CC_ERROR_SOURCE_LENGTH];
    char message[CC_ERROR_MESSAGE_LENGTH];
} cc_error;

/** Free a string or buffer returned by this library. NULL is a no-op. */
CC_API void cc_free(void *ptr);

/* ------------------------------------------------------------------ */
/* Quantities                                                          */
/* ------------------------------------------------------------------ */

/**
 * How a figure was hedged. Each class maps to an interval; see
 * cc_quantity_interval() and the table in README's "Interval semantics".
 */
typedef enum cc_hedge {
    CC_HEDGE_EXACT = 0,        /**< "589 Milliarden" */
    CC_HEDGE_APPROX = 1,       /**< rund, etwa, about, around */
    CC_HEDGE_APPROX_BELOW = 2, /**< fast, knapp, nearly, almost */
    CC_HEDGE_APPROX_ABOVE = 3, /**< gut, reichlich, just over */
    CC_HEDGE_LOWER_STRICT = 4, /**< mehr als, über, more than */
    CC_HEDGE_LOWER_INCL = 5,   /**< mindestens, at least */
    CC_HEDGE_UPPER_INCL = 6,   /**< bis zu, höchstens, up to */
    CC_HEDGE_UPPER_STRICT = 7, /**< weniger als, unter, less than */
    CC_HEDGE_RANGE = 8         /**< zwischen A und B, A-B, from A to B */
} cc_hedge;

/**
 * The name of a hedge class as used in JSON ("approx_below").
 * @return a static string, or NULL for an invalid value.
 */
CC_API const char *cc_hedge_name(cc_hedge hedge);

/**
 * Look up a hedge class by its JSON name.
 * @return CC_OK, or CC_EINVAL if the name is not a hedge class.
 */
CC_API cc_status cc_hedge_from_name(cc_hedge *out, const char *name);

/** What a quantity measures. Different dimensions are never compared. */
typedef enum cc_dimension {
    CC_DIM_CURRENCY = 0, /**< money; unit is an ISO 4217 code */
    CC_DIM_PERCENT = 1,  /**< unit "%" */
    CC_DIM_POINTS = 2,   /**< percentage points; unit "pp" */
    CC_DIM_COUNT = 3,    /**< plain numbers; unit "count" */
    CC_DIM_RATIO = 4,    /**< "60fach"; unit "ratio" */
    CC_DIM_MEASURE = 5   /**< a physical quantity; unit a symbol of the unit table ("t",
                              "MW", "km", "°C"): units of one quantity (mass, power ...)
                              are converted into each other, other quantities are not
                              compared (see README) */
} cc_dimension;

/** The name of a dimension ("currency", "percent", ...); NULL if invalid. */
CC_API const char *cc_dimension_name(cc_dimension dim);

/**
 * A parsed quantity: the exact decimal as written, its scale, unit, hedge
 * class, and (for ranges) the upper end.
 */
typedef struct cc_quantity cc_quantity;

/**
 * Parse a quantity text such as "fast 600 Mrd. $", "gut 460 Milliarden
 * Dollar", "$5.6 million", "knapp 17 Prozent", "zwischen 5 und 6 Prozent",
 * "3 Prozentpunkte".
 *
 * Words around the figure that carry no number ("Nvidia verlor ...") are
 * ignored; the text must contain exactly one figure (or one range).
 *
 * @param out   receives the quantity. Caller owns; free with cc_quantity_free().
 * @param text  UTF-8 text (need not be NUL-terminated).
 * @param len   its length in bytes.
 * @param lang  "de", "en", or NULL / "auto" to pick from the text.
 * @param err   optional error details; the column points at the offending token.
 * @return CC_OK; CC_EQUANTITY if no figure or more than one figure is found,
 *         CC_ECURRENCY for an unknown currency, CC_ERANGE for a value out of
 *         range, CC_ELANG for an unsupported language, CC_ENOMEM.
 */
CC_API cc_status cc_quantity_parse(cc_quantity **out, const char *text, size_t len,
                                   const char *lang, cc_error *err);

/**
 * Build a quantity from structured fields, as in the claims format's
 * "quantity" object.
 *
 * @param out    receives the quantity. Caller owns; free with cc_quantity_free().
 * @param value  the decimal as a string ("460", "5.6", "-3"); plain '.'
 *               decimal point, optional exponent ("4.6e2").
 * @param high   for CC_HEDGE_RANGE the upper end, else NULL.
 * @param scale  power of ten written as "1e9", "1000000", or NULL for none.
 * @param unit   ISO 4217 code, "%", "pp", "count" or "ratio".
 * @param hedge  the hedge class.
 * @return CC_OK; CC_EQUANTITY for a malformed value; CC_ERANGE for a value
 *         that is not finite or too large, or a negative or non-power-of-ten
 *         scale; CC_ECURRENCY for an unknown unit.
 */
CC_API cc_status cc_quantity_new(cc_quantity **out, const char *value, const char *high,
                                 const char *scale, const char *unit, cc_hedge hedge,
                                 cc_error *err);

/** Free a quantity. NULL is a no-op. */
CC_API void cc_quantity_free(cc_quantity *q);

/**
 * The value as written, as an exact decimal string without the scale:
 * "589", "5.6", "21414.25". For a range, the lower end.
 * Borrowed; valid until the quantity is freed.
 */
CC_API const char *cc_quantity_digits(const cc_quantity *q);

/** For a range, the upper end's digits; otherwise the same as cc_quantity_digits(). */
CC_API const char *cc_quantity_digits_high(const cc_quantity *q);

/** The scale as a power of ten: 9 for "Milliarden", 12 for German "Billionen", 0 for none. */
CC_API int cc_quantity_scale(const cc_quantity *q);

/** The value including its scale (the lower end of a range), as a double. */
CC_API double cc_quantity_value(const cc_quantity *q);

/** The upper end of a range including its scale; otherwise cc_quantity_value(). */
CC_API double cc_quantity_value_high(const cc_quantity *q);

/** The unit: an ISO 4217 code, "%", "pp", "count" or "ratio". Borrowed. */
CC_API const char *cc_quantity_unit(const cc_quantity *q);

/** The dimension the unit belongs to. */
CC_API cc_dimension cc_quantity_dimension(const cc_quantity *q);

/** The hedge class. */
CC_API cc_hedge cc_quantity_hedge(const cc_quantity *q);

/**
 * The hedge word or phrase as found in the text ("fast", "mehr als"), or ""
 * for none or for a structured quantity. Borrowed.
 */
CC_API const char *cc_quantity_hedge_word(const cc_quantity *q);

/**
 * The interval a quantity stands for, with the default interval parameters
 * (see cc_check_options). Either bound may be infinite.
 *
 * @param lenient  0 for the strict interval, 1 for the lenient one.
 * @param low, high  receive the bounds (in the quantity's unit, scale applied).
 * @param low_open, high_open  receive 1 if the bound itself is excluded; may be NULL.
 */
CC_API void cc_quantity_interval(const cc_quantity *q, int lenient, double *low, double *high,
                                 int *low_open, int *high_open);

/* ------------------------------------------------------------------ */
/* Exchange rates                                                      */
/* ------------------------------------------------------------------ */

/**
 * A table of daily euro reference rates. A new table holds the ECB history
 * built into the library (no file needed); files in the same CSV layout can
 * add days and currencies or override rates.
 */
typedef struct cc_rates cc_rates;

/**
 * Create a rate table holding the built-in ECB history.
 * @param out receives the table. Caller owns; free with cc_rates_free().
 * @return CC_OK or CC_ENOMEM.
 */
CC_API cc_status cc_rates_new(cc_rates **out, cc_error *err);

/**
 * Add or override rates from a CSV file in the ECB layout: a header
 * "Date,USD,JPY,..." (trailing comma allowed), then one row a day with
 * "YYYY-MM-DD" and units of each currency per euro; "N/A" or an empty cell
 * for none. Rows may come in any order; CRLF line ends, a UTF-8 BOM, blank
 * lines and spaces around cells are accepted. A rate in the file replaces
 * the table's rate for that currency and day; "N/A" or an empty cell leaves
 * the table's rate as it is. A date may appear only once in a file (a
 * second row for it is a CC_ESYNTAX error); a later load overrides an
 * earlier one. Header codes are ASCII letters, read case-insensitively.
 *
 * @return CC_OK; CC_EIO if the file cannot be read; CC_ESYNTAX with line and
 *         column for an empty file, a malformed row, date or number (a rate
 *         must be a positive decimal such as "1.053"), a duplicate date;
 *         CC_ECURRENCY for a header cell that is not a three-letter code, a
 *         duplicate code or "EUR"; CC_ELIMIT beyond 512 currencies. On error
 *         the table is unchanged.
 */
CC_API cc_status cc_rates_load_file(cc_rates *rates, const char *path, cc_error *err);

/** The same as cc_rates_load_file() for a buffer; `name` is used in errors. */
CC_API cc_status cc_rates_load_buffer(cc_rates *rates, const char *buf, size_t len,
                                      const char *name, cc_error *err);

/** Free a rate table. NULL is a no-op. */
CC_API void cc_rates_free(cc_rates *rates);

/** 1 if the table has at least one rate for this currency code (EUR always), else 0. */
CC_API int cc_rates_has_currency(const cc_rates *rates, const char *code);

/**
 * The first and last day of the table as "YYYY-MM-DD". Borrowed static or
 * table-owned strings.
 */
CC_API const char *cc_rates_first_date(const cc_rates *rates);
CC_API const char *cc_rates_last_date(const cc_rates *rates);

/**
 * Convert an amount between currencies on a date, with the rate interval of
 * the days around it: every day with rates in [date - window_days,
 * date + window_days], where each end of the window that falls on a day
 * without rates (weekend, holiday) is moved outward to the nearest day with
 * rates. For Monday 2025-01-27 and window 1 that is Friday 24, Monday 27 and
 * Tuesday 28. Cross rates go through EUR.
 *
 * @param low, high      receive the smaller and the larger of amount × lowest
 *                       and amount × highest rate.
 * @param first_day, last_day  receive the first and last day whose rates were
 *                       used ("YYYY-MM-DD", buffers of at least 11 bytes); may be NULL.
 * @return CC_OK; CC_ECURRENCY if a currency is unknown or has no rate near
 *         that date; CC_EDATE for a malformed date or one before the table.
 *         A date after the table's last day uses the last days with rates:
 *         compare last_day with the date to notice.
 */
CC_API cc_status cc_rates_convert(const cc_rates *rates, double amount, const char *from,
                                  const char *to, const char *date, int window_days, double *low,
                                  double *high, char *first_day, char *last_day, cc_error *err);

/* ------------------------------------------------------------------ */
/* Claim sets                                                          */
/* ------------------------------------------------------------------ */

/**
 * Sources and the claims they make: the input of cc_check(). Build one from
 * claims JSON (see README "Claims format") or by hand.
 */
typedef struct cc_claimset cc_claimset;

/**
 * Create an empty claim set.
 * @param out receives the set. Caller owns; free with cc_claimset_free().
 */
CC_API cc_status cc_claimset_new(cc_claimset **out, cc_error *err);

/**
 * Read a claim set from claims JSON.
 *
 * @param out   receives the set. Caller owns; free with cc_claimset_free().
 * @param buf   the JSON text (need not be NUL-terminated).
 * @param len   its length in bytes.
 * @param name  the input's name for error messages (a path, "<stdin>"); NULL
 *              gives "<string>".
 * @return CC_OK; CC_ESYNTAX for malformed JSON (line and column from the
 *         parser); CC_ESCHEMA for a missing or wrongly typed field, an unknown
 *         source, a duplicate id; CC_EQUANTITY, CC_ECURRENCY, CC_ERANGE,
 *         CC_EDATE, CC_ELANG for a claim whose quantity, unit, value, date or
 *         language cannot be used. Errors name the claim id and point at the
 *         offending claim or field.
 */
CC_API cc_status cc_claimset_load_json(cc_claimset **out, const char *buf, size_t len,
                                       const char *name, cc_error *err);

/**
 * Read a claim set from a claims JSON file. Errors as cc_claimset_load_json(),
 * plus CC_EIO if the file cannot be read.
 */
CC_API cc_status cc_claimset_load_file(cc_claimset **out, const char *path, cc_error *err);

/** Free a claim set. NULL is a no-op. Free reports made from it first. */
CC_API void cc_claimset_free(cc_claimset *set);

/**
 * Add a source. Only `id` is required; the others may be NULL.
 * @param published  "YYYY-MM-DD"; the default date of the source's claims.
 * @param lang       "de" or "en": the language its claims' texts are read in.
 * @return CC_OK; CC_ESCHEMA for a duplicate or empty id; CC_EDATE; CC_ELANG.
 */
CC_API cc_status cc_claimset_add_source(cc_claimset *set, const char *id, const char *name,
                                        const char *published, const char *lang, const char *url,
                                        cc_error *err);

/**
 * The fields of one claim, for cc_claimset_add_claim(). Initialise with
 * CC_CLAIM_FIELDS_INIT or cc_claim_fields_init(), then set what you have.
 * Exactly one of `text` and `quantity` must be set.
 */
typedef struct cc_claim_fields {
    unsigned int version;        /**< CC_CLAIM_FIELDS_VERSION */
    const char *id;              /**< required, unique within the set */
    const char *source;          /**< required: the id of an added source */
    const char *subject;         /**< "Nvidia"; NULL = unspecified */
    const char *measure;         /**< "market value loss"; NULL = unspecified */
    const char *date;            /**< "YYYY-MM-DD"; NULL = the source's published date */
    const char *scope;           /**< "close", "intraday"; NULL = unspecified */
    const char *attributed_to;   /**< "police"; NULL = unspecified */
    const char *text;            /**< quantity as written, parsed in `lang` */
    const char *lang;            /**< language of `text`; NULL = the source's */
    const cc_quantity *quantity; /**< structured quantity; copied, the caller keeps it */
    const char *syndicated_from; /**< id of the claim this one copies (added
                                      before it), or NULL. Claims JSON may also
                                      name a claim that comes later. */
} cc_claim_fields;

#define CC_CLAIM_FIELDS_VERSION 1
#define CC_CLAIM_FIELDS_INIT                                                                       \
    {                                                                                              \
        CC_CLAIM_FIELDS_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL  \
    }

/** Initialise a cc_claim_fields like CC_CLAIM_FIELDS_INIT. @return CC_EINVAL for an unknown version. */
CC_API cc_status cc_claim_fields_init(cc_claim_fields *fields, unsigned int version);

/**
 * Add a claim. Strings are copied. Not while a report made from this set
 * still exists (the report reads the set's arrays in place).
 * @return CC_OK; CC_ESCHEMA for a missing or duplicate id, an unknown source,
 *         both or neither of text and quantity; the errors of
 *         cc_quantity_parse() for the text; CC_EDATE.
 */
CC_API cc_status cc_claimset_add_claim(cc_claimset *set, const cc_claim_fields *fields,
                                       cc_error *err);

/** The number of sources and claims in a set. */
CC_API size_t cc_claimset_source_count(const cc_claimset *set);
CC_API size_t cc_claimset_claim_count(const cc_claimset *set);

/* ------------------------------------------------------------------ */
/* The check                                                           */
/* ------------------------------------------------------------------ */

/**
 * Options of cc_check(). Initialise with CC_CHECK_OPTIONS_INIT or
 * cc_check_options_init(); every number of the interval table is here.
 */
typedef struct cc_check_options {
    unsigned int version;  /**< CC_CHECK_OPTIONS_VERSION */
    const char *currency;  /**< convert money to this ISO code; NULL = each
                                group's most frequent currency */
    int fx_window_days;    /**< rate window around a claim's date; default 1 */
    int lenient;           /**< 1: compare lenient intervals instead of strict */
    double exact_rel;      /**< cap of h for exact figures, fraction of X; 0.05 */
    double approx_rel;     /**< cap of w for hedged figures, fraction of X; 0.05 */
    double lenient_factor; /**< how much the lenient interval widens w; 2 */
    double minor_rel;      /**< largest gap between a claim's value and the
                                consensus value, fraction of the larger, that
                                is a minor discrepancy; 0.02 */
} cc_check_options;

#define CC_CHECK_OPTIONS_VERSION 1
#define CC_CHECK_OPTIONS_INIT                                                                      \
    {                                                                                              \
        CC_CHECK_OPTIONS_VERSION, NULL, 1, 0, 0.05, 0.05, 2.0, 0.02                                \
    }

/** Initialise options like CC_CHECK_OPTIONS_INIT. @return CC_EINVAL for an unknown version. */
CC_API cc_status cc_check_options_init(cc_check_options *opts, unsigned int version);

/** The outcome of a check: groups, statuses, verdicts, per-source tallies. */
typedef struct cc_report cc_report;

/**
 * Check a claim set: group claims by key (subject, measure, date, scope,
 * attributed_to), normalise each group to one unit per dimension, find each
 * group's consensus and each claim's status.
 *
 * @param out    receives the report. Caller owns; free with cc_report_free().
 *               The report reads the claim set: keep the set alive, and do
 *               not add sources or claims to it, until the report is freed.
 * @param set    the claims.
 * @param rates  exchange rates, or NULL for the built-in ECB table.
 * @param opts   options, or NULL for the defaults.
 * @return CC_OK; CC_EINVAL for bad options (unknown currency, negative
 *         window); CC_ENOMEM. Claims that cannot be converted (no rate for
 *         their currency or date) do not fail the check: they are reported
 *         with status "unchecked" and the reason.
 */
CC_API cc_status cc_check(cc_report **out, const cc_claimset *set, const cc_rates *rates,
                          const cc_check_options *opts, cc_error *err);

/** Free a report. NULL is a no-op. */
CC_API void cc_report_free(cc_report *report);

/** Group verdicts. */
typedef enum cc_verdict {
    CC_VERDICT_CONSISTENT = 0,
    CC_VERDICT_MINOR_DISCREPANCY = 1,
    CC_VERDICT_CONFLICT = 2,
    CC_VERDICT_SPLIT = 3,
    CC_VERDICT_SINGLE = 4
} cc_verdict;

/** A claim's status against its group's consensus. */
typedef enum cc_claim_status {
    CC_STATUS_AGREES = 0,
    CC_STATUS_AGREES_LENIENT = 1,
    CC_STATUS_MINOR_DISCREPANCY = 2,
    CC_STATUS_CONTRADICTS = 3,
    CC_STATUS_UNCHECKED = 4
} cc_claim_status;

/** JSON names of verdicts and statuses ("conflict", "agrees_lenient"); NULL if invalid. */
CC_API const char *cc_verdict_name(cc_verdict verdict);
CC_API const char *cc_claim_status_name(cc_claim_status status);

/** The number of groups in a report (one per key and dimension). */
CC_API size_t cc_report_group_count(const cc_report *report);

/** The verdict of group `i` (0-based, in report order). */
CC_API cc_verdict cc_report_group_verdict(const cc_report *report, size_t i);

/** The number of claims with status CC_STATUS_CONTRADICTS. */
CC_API size_t cc_report_contradiction_count(const cc_report *report);

/**
 * The status of the claim with this id, or -1 if the report has no such claim.
 */
CC_API int cc_report_claim_status(const cc_report *report, const char *claim_id);

/** Output formats of cc_report_write(). */
typedef enum cc_format {
    CC_FORMAT_JSON = 0, /**< the stable, documented JSON report */
    CC_FORMAT_TEXT = 1  /**< for people: conflicts first */
} cc_format;

/**
 * Write a report.
 * @param out  receives a NUL-terminated buffer. Caller owns; free with cc_free().
 * @param len  receives its length in bytes (without the NUL); may be NULL.
 * @return CC_OK; CC_EINVAL for an unknown format; CC_ENOMEM.
 */
CC_API cc_status cc_report_write(const cc_report *report, cc_format format, char **out, size_t *len,
                                 cc_error *err);

/* ------------------------------------------------------------------ */
/* Extraction                                                          */
/* ------------------------------------------------------------------ */

/**
 * Options of cc_extract(). Initialise with CC_EXTRACT_OPTIONS_INIT or
 * cc_extract_options_init(). NULL strings take the article's front matter
 * (see cc_extract()) or the defaults.
 */
typedef struct cc_extract_options {
    unsigned int version;  /**< CC_EXTRACT_OPTIONS_VERSION */
    const char *lang;      /**< "de", "en"; NULL or "auto" = front matter, else detected */
    const char *source;    /**< source id of the claims; default: front matter, else the name */
    const char *published; /**< "YYYY-MM-DD"; default: front matter, else none */
    const char *name;      /**< the input's name in messages; NULL = "<string>" */
} cc_extract_options;

#define CC_EXTRACT_OPTIONS_VERSION 1
#define CC_EXTRACT_OPTIONS_INIT                                                                    \
    {                                                                                              \
        CC_EXTRACT_OPTIONS_VERSION, NULL, NULL, NULL, NULL                                         \
    }

/** Initialise options like CC_EXTRACT_OPTIONS_INIT. @return CC_EINVAL for an unknown version. */
CC_API cc_status cc_extract_options_init(cc_extract_options *opts, unsigned int version);

/** What a number in running text is. Only amounts become claims. */
typedef enum cc_mention_kind {
    CC_MENTION_AMOUNT = 0,     /**< a figure: money, percent, count, ratio */
    CC_MENTION_YEAR = 1,       /**< "1989", "im Jahr 2023", "2013-14", decades: "the 1960s" */
    CC_MENTION_DATE = 2,       /**< "27.01.2025", "27. Januar", "January 27" */
    CC_MENTION_TIME = 3,       /**< "14:30", "9 Uhr", "3 pm" */
    CC_MENTION_ORDINAL = 4,    /**< "3. Quartal", "Platz 2" */
    CC_MENTION_IDENTIFIER = 5, /**< "S&P 500", "iPhone 15", "Nr. 7" */
    CC_MENTION_PHONE = 6,      /**< "+49 30 1234567" */
    CC_MENTION_LIST = 7,       /**< "1." at the start of a line */
    CC_MENTION_PHYSICAL = 8    /**< a physical quantity not modelled (length, mass,
                                    duration, energy): "4,5 Kilometer", "36 hours" */
} cc_mention_kind;

/** The JSON name of a mention kind ("amount", "year", ...); NULL if invalid. */
CC_API const char *cc_mention_kind_name(cc_mention_kind kind);

/**
 * The quantity mentions of one article (or text): each with its byte span,
 * the sentence it stands in, and the words around it that change what it
 * measures. The text itself is not copied.
 */
typedef struct cc_extraction cc_extraction;

/**
 * Find every quantity mention in a UTF-8 text, in one pass.
 *
 * The text may begin with a front-matter block ("---", then "key: value"
 * lines for source, name, published, lang, url, then "---"); options that
 * are set win over it. Invalid UTF-8 and NUL bytes do not stop extraction:
 * they are reported as warnings with their byte offset (see
 * cc_extraction_warning()).
 *
 * @param out   receives the mentions. Caller owns; free with cc_extraction_free().
 * @param text  the article (need not be NUL-terminated); borrowed only
 *              during the call, but spans and sentences refer to it.
 * @param len   its length in bytes.
 * @param opts  options, or NULL for the defaults.
 * @return CC_OK; CC_ELANG for an unsupported language; CC_ESYNTAX for a
 *         malformed front-matter block (line and column); CC_EDATE for a
 *         malformed published date; CC_EINVAL; CC_ENOMEM; CC_EICU.
 */
CC_API cc_status cc_extract(cc_extraction **out, const char *text, size_t len,
                            const cc_extract_options *opts, cc_error *err);

/** Free an extraction. NULL is a no-op. */
CC_API void cc_extraction_free(cc_extraction *x);

/** The language the text was read in ("de", "en"). Borrowed. */
CC_API const char *cc_extraction_lang(const cc_extraction *x);

/** The source id, name, published date and url (NULL if unknown). Borrowed. */
CC_API const char *cc_extraction_source(const cc_extraction *x);
CC_API const char *cc_extraction_name(const cc_extraction *x);
CC_API const char *cc_extraction_published(const cc_extraction *x);
CC_API const char *cc_extraction_url(const cc_extraction *x);

/** The number of mentions, amounts and others, in text order. */
CC_API size_t cc_extraction_count(const cc_extraction *x);

/** The quantity of mention i (physical quantities: read in full, unit "count"; other
 *  non-amounts: the first number, unit "count"). Borrowed. */
CC_API const cc_quantity *cc_extraction_quantity(const cc_extraction *x, size_t i);

/** The kind of mention i. */
CC_API cc_mention_kind cc_extraction_kind(const cc_extraction *x, size_t i);

/** The byte span [start, end) of mention i: from a hedge or range word to its unit. */
CC_API void cc_extraction_span(const cc_extraction *x, size_t i, size_t *start, size_t *end);

/** The byte span of the sentence mention i stands in (at most about 1 KB around it). */
CC_API void cc_extraction_sentence(const cc_extraction *x, size_t i, size_t *start, size_t *end);

/**
 * The byte span of the unit of a physical quantity as written ("km" in
 * "4,5 km", "Jährige" in "der 20-Jährige"); start == end when mention i has
 * none (every other kind, and ages written without a unit: "The man, 45,").
 */
CC_API void cc_extraction_unit_span(const cc_extraction *x, size_t i, size_t *start, size_t *end);

/**
 * The time scope of mention i from the words of its sentence, normalised:
 * "intraday", "pre-market", "after-hours", "close", "open", "so far",
 * "year to date", "forecast", "revised"; NULL if none. Static.
 */
CC_API const char *cc_extraction_scope(const cc_extraction *x, size_t i);

/** Who the figure is attributed to ("police", "Reuters"); NULL if nobody. Borrowed. */
CC_API const char *cc_extraction_attribution(const cc_extraction *x, size_t i);

/** The direction of a change: 1 up ("stieg", "rose"), -1 down ("verlor", "fell"), 0 none. */
CC_API int cc_extraction_direction(const cc_extraction *x, size_t i);

/** 1 if a negation stands just before mention i ("nicht für fünf Millionen"). */
CC_API int cc_extraction_negated(const cc_extraction *x, size_t i);

/**
 * 1 if mention i reads two ways and the more likely reading was taken:
 * German "1.971" is 1971 (grouping) but could be 1.971; "one twenty-two"
 * is 122 but could be a price (1.22) or a time (1:22).
 */
CC_API int cc_extraction_ambiguous(const cc_extraction *x, size_t i);

/**
 * 1 if mention i is likely no figure: a spelled-out number or plain year
 * without unit ("zwei Firmen"). Such mentions are not written as claims.
 */
CC_API int cc_extraction_weak(const cc_extraction *x, size_t i);

/** The number of warnings (invalid UTF-8, NUL bytes); at most 100 are kept. */
CC_API size_t cc_extraction_warning_count(const cc_extraction *x);

/** Warning i as a message; *offset receives its byte offset (may be NULL). Borrowed. */
CC_API const char *cc_extraction_warning(const cc_extraction *x, size_t i, int64_t *offset);

/**
 * Write extractions as claims JSON (DESIGN.md "Formats"): one source per
 * extraction, one claim per amount mention (weak ones left out) with its
 * structured quantity, span, sentence, mention text and context fields
 * (scope, attributed_to, direction, negated, hedge_word, ambiguous). The
 * result loads with cc_claimset_load_json(); subject and measure are unset.
 *
 * @param xs, texts, lens  n extractions and the texts they were made from.
 * @param format  CC_FORMAT_JSON (claims), or CC_FORMAT_TEXT: one line per
 *                mention, every kind, for people.
 * @param out     receives a NUL-terminated buffer. Caller owns; free with cc_free().
 * @return CC_OK; CC_EINVAL; CC_ESCHEMA for two extractions with one source
 *         id; CC_ENOMEM.
 */
CC_API cc_status cc_extraction_write(const cc_extraction *const *xs, const char *const *texts,
                                     const size_t *lens, size_t n, cc_format format, char **out,
                                     size_t *len, cc_error *err);

/**
 * Receives output in pieces, in order: len bytes at data (not
 * NUL-terminated). Returns 0 to go on; anything else stops the writer,
 * which then returns CC_EIO.
 */
typedef int (*cc_write_fn)(const char *data, size_t len, void *ctx);

/**
 * cc_extraction_write() into `write`, piece by piece (about 64 KiB each),
 * without holding the whole output: for the millions of mentions of a
 * large file. On an error some pieces may have been written already; write
 * to a temporary file and rename it where a reader must never see a part.
 *
 * @return CC_OK; CC_EINVAL; CC_ESCHEMA (before any output); CC_ENOMEM;
 *         CC_EIO when `write` returned non-zero.
 */
CC_API cc_status cc_extraction_write_to(const cc_extraction *const *xs, const char *const *texts,
                                        const size_t *lens, size_t n, cc_format format,
                                        cc_write_fn write, void *ctx, cc_error *err);

/* ------------------------------------------------------------------ */
/* Articles to report                                                  */
/* ------------------------------------------------------------------ */

/**
 * A set of articles to cross-check: each is extracted when added; cc_run()
 * groups the mentions of all of them into claims and checks them.
 */
typedef struct cc_corpus cc_corpus;

/**
 * Options of a corpus. Initialise with CC_RUN_OPTIONS_INIT or
 * cc_run_options_init().
 */
typedef struct cc_run_options {
    unsigned int version;          /**< CC_RUN_OPTIONS_VERSION */
    const char *lang;              /**< "de", "en"; NULL or "auto" = each article's
                                        front matter, else detected */
    const cc_check_options *check; /**< options of the check; NULL = defaults. Copied,
                                        except check->currency, which must outlive the
                                        corpus */
    const cc_rates *rates;         /**< exchange rates; NULL = built-in. Borrowed: keep
                                        it alive while the corpus is used */
} cc_run_options;

#define CC_RUN_OPTIONS_VERSION 1
#define CC_RUN_OPTIONS_INIT                                                                        \
    {                                                                                              \
        CC_RUN_OPTIONS_VERSION, NULL, NULL, NULL                                                   \
    }

/** Initialise options like CC_RUN_OPTIONS_INIT. @return CC_EINVAL for an unknown version. */
CC_API cc_status cc_run_options_init(cc_run_options *opts, unsigned int version);

/**
 * Create an empty corpus.
 * @param out   receives the corpus. Caller owns; free with cc_corpus_free().
 * @param opts  options, or NULL for the defaults.
 * @return CC_OK; CC_EINVAL for an unknown options version; CC_ELANG for an
 *         unsupported opts->lang; CC_ENOMEM.
 */
CC_API cc_status cc_corpus_new(cc_corpus **out, const cc_run_options *opts, cc_error *err);

/** Free a corpus. NULL is a no-op. Reports made from it stay valid. */
CC_API void cc_corpus_free(cc_corpus *corpus);

/**
 * Add one article: UTF-8 text with an optional front-matter block (see
 * cc_extract()). The text is copied and extracted now.
 *
 * @param name  the input's name (a path): used in messages and, without a
 *              front-matter source, as the source id (file name without
 *              directories and extension).
 * @return CC_OK; CC_ESYNTAX for an empty article, invalid UTF-8 (with its
 *         line, column and byte offset) or a malformed front matter;
 *         CC_ESCHEMA for a source id already in the corpus; the errors of
 *         cc_extract(); CC_ENOMEM.
 */
CC_API cc_status cc_corpus_add_article(cc_corpus *corpus, const char *text, size_t len,
                                       const char *name, cc_error *err);

/**
 * Add the articles of a JSON array of objects {"source", "published",
 * "lang", "text"} (optional "name", "url").
 * @return CC_OK; CC_ESYNTAX for malformed JSON; CC_ESCHEMA for an element
 *         that is not such an object; the errors of cc_corpus_add_article().
 */
CC_API cc_status cc_corpus_add_json(cc_corpus *corpus, const char *buf, size_t len,
                                    const char *name, cc_error *err);

/** The number of articles added. */
CC_API size_t cc_corpus_article_count(const cc_corpus *corpus);

/**
 * Extract, group and check the corpus: the report of cc_check() over the
 * claims found, with spans into each article, each group's grouping
 * explanation ("grouping": shared words and confidence) and the figures that
 * fit no group ("unmatched", each also shown as a group of its own).
 *
 * @param out  receives the report. Caller owns; free with cc_report_free().
 *             It keeps its own copy of the claims: the corpus may be freed first.
 * @return CC_OK; CC_EINVAL; CC_ENOMEM.
 */
CC_API cc_status cc_run(cc_report **out, const cc_corpus *corpus, cc_error *err);

/**
 * Check one claim ("Nvidia verlor am 27. Januar 2025 rund 589 Milliarden
 * Dollar an Börsenwert") against every article of the corpus: for each
 * source the best matching mention (same dimension, figure within a factor
 * of 2, similar words, same day) and whether it supports or contradicts the
 * claim (with the gap), or that nothing was found.
 *
 * @param out            receives the result as JSON or text. Caller owns;
 *                       free with cc_free().
 * @param len            receives its length; may be NULL.
 * @param claim          the claim: words and exactly one figure.
 * @param lang           the claim's language, NULL = detected.
 * @param contradictions receives the number of sources that contradict; may be NULL.
 * @return CC_OK; CC_EQUANTITY if the claim holds no figure or more than
 *         one; CC_EINVAL; CC_ENOMEM.
 */
CC_API cc_status cc_verify(char **out, size_t *len, const cc_corpus *corpus, const char *claim,
                           size_t claim_len, const char *lang, cc_format format,
                           size_t *contradictions, cc_error *err);

#ifdef __cplusplus
}
#endif

#endif /* CROSSCHECK_H */
