/*
 * report.h - the internal layout of a report: what check.c computes and
 * what json_out.c and text_out.c write. Internal.
 */
#ifndef CC_REPORT_H
#define CC_REPORT_H

#include <stdint.h>

#include "claimset.h"
#include "crosscheck.h"
#include "quantity.h"
#include "rates.h"

/** Why a claim could not be checked (status CC_STATUS_UNCHECKED). */
typedef enum cc_unchecked_reason {
    CC_UNCHECKED_NONE = 0,
    CC_UNCHECKED_UNKNOWN_CURRENCY = 1, /* no rates at all for its currency */
    CC_UNCHECKED_NO_RATE = 2,          /* no rate near its date (or a date before the table) */
    CC_UNCHECKED_NO_DATE = 3           /* money in another currency but no date */
} cc_unchecked_reason;

/* Bits of cc_checked_claim.open: which interval ends are excluded. */
enum {
    CC_CHECKED_STRICT_LOW_OPEN = 1,
    CC_CHECKED_STRICT_HIGH_OPEN = 2,
    CC_CHECKED_LENIENT_LOW_OPEN = 4,
    CC_CHECKED_LENIENT_HIGH_OPEN = 8
};

/** cc_checked_claim.fx of a claim that was not converted. */
#define CC_NO_FX UINT32_MAX

/**
 * One claim as checked: its normalised interval and status. Packed to 64
 * bytes (a million of them are alive at once): the two intervals are four
 * doubles and the bits of `open`, the conversion an index into report->fx.
 * Read and write them with the accessors below.
 */
typedef struct cc_checked_claim {
    uint32_t claim; /* index into set->claims */
    uint32_t voice; /* claims copying one another share a voice (an index of one of them) */
    uint32_t fx;    /* index into report->fx of the conversion used, CC_NO_FX if none */
    uint8_t status; /* cc_claim_status */
    uint8_t reason; /* cc_unchecked_reason */
    uint8_t in_consensus;
    uint8_t open;                   /* CC_CHECKED_*_OPEN bits */
    double strict_low, strict_high; /* the strict interval in the group's unit (for an
                                       unchecked claim: its own unit, unconverted) */
    double lenient_low, lenient_high;
    double point; /* X (midpoint of a range) in the group's unit */
    double gap;   /* |point - consensus point| / |consensus point|, for every checked
                           claim (agreeing ones too; 0 if both are 0, INFINITY if only the
                           consensus point is 0); NAN if unchecked or the group has no
                           checked claim. An open-ended claim's point is its finite end. */
} cc_checked_claim;

/** The strict interval of a checked claim. */
static inline void cc_checked__strict(const cc_checked_claim *c, cc_interval *out)
{
    out->low = c->strict_low;
    out->high = c->strict_high;
    out->low_open = (c->open & CC_CHECKED_STRICT_LOW_OPEN) != 0;
    out->high_open = (c->open & CC_CHECKED_STRICT_HIGH_OPEN) != 0;
}

/** The lenient interval of a checked claim. */
static inline void cc_checked__lenient(const cc_checked_claim *c, cc_interval *out)
{
    out->low = c->lenient_low;
    out->high = c->lenient_high;
    out->low_open = (c->open & CC_CHECKED_LENIENT_LOW_OPEN) != 0;
    out->high_open = (c->open & CC_CHECKED_LENIENT_HIGH_OPEN) != 0;
}

/** The strict (lenient = 0) or lenient (lenient = 1) interval. */
static inline void cc_checked__interval(const cc_checked_claim *c, int lenient, cc_interval *out)
{
    if (lenient)
        cc_checked__lenient(c, out);
    else
        cc_checked__strict(c, out);
}

static inline void cc_checked__set_strict(cc_checked_claim *c, const cc_interval *iv)
{
    c->strict_low = iv->low;
    c->strict_high = iv->high;
    c->open = (uint8_t)((c->open & ~(CC_CHECKED_STRICT_LOW_OPEN | CC_CHECKED_STRICT_HIGH_OPEN)) |
                        (iv->low_open ? CC_CHECKED_STRICT_LOW_OPEN : 0) |
                        (iv->high_open ? CC_CHECKED_STRICT_HIGH_OPEN : 0));
}

static inline void cc_checked__set_lenient(cc_checked_claim *c, const cc_interval *iv)
{
    c->lenient_low = iv->low;
    c->lenient_high = iv->high;
    c->open = (uint8_t)((c->open & ~(CC_CHECKED_LENIENT_LOW_OPEN | CC_CHECKED_LENIENT_HIGH_OPEN)) |
                        (iv->low_open ? CC_CHECKED_LENIENT_LOW_OPEN : 0) |
                        (iv->high_open ? CC_CHECKED_LENIENT_HIGH_OPEN : 0));
}

/** How a group relates to another group with the same subject, measure and date. */
typedef enum cc_relation {
    CC_RELATION_DIFFERENT_SCOPE = 0,
    CC_RELATION_DIFFERENT_ATTRIBUTION = 1
} cc_relation;

/* Links: both directions, each group's links in report order of the other
 * group; at most 64 per group (the first ones in report order). */
typedef struct cc_group_link {
    uint32_t group;   /* index into report->groups */
    uint8_t relation; /* cc_relation */
    double gap; /* |this consensus point - that one| / max of the two; NAN if either has none */
} cc_group_link;

/*
 * Ties and `split` (DESIGN.md "ties give the verdict split"): the sweep finds
 * the largest number M of voices whose intervals share a point. If other
 * points also reach M with a different set of voices, the group is tied
 * (`tied` = 1). The reference set is then the first of them in sweep order
 * (the lowest values); statuses and gaps are computed against it, and its
 * claims have in_consensus = 1 and come first. A tied group's verdict is
 * `split` when some claim of another tied set contradicts the reference
 * (has_consensus = 0: there is no single consensus to show, though
 * consensus/consensus_point/voices still describe the reference set). A
 * split names no winner: its statuses are then set again, a claim holding
 * every tied reading agrees and every other claim contradicts, all without
 * a gap (consensus.c dispute()). When
 * the tied sets differ only by a minor discrepancy or lenient agreement
 * (two exact figures 1.5 % apart), the verdict comes from the statuses as
 * usual (`minor_discrepancy`, `consistent`) and has_consensus = 1.
 * Verdict order of precedence: single (at most one voice among checked
 * claims, including none), split, conflict, minor_discrepancy, consistent.
 */
typedef struct cc_group {
    uint32_t subject, measure, scope, attributed_to; /* intern ids of set->keys */
    int32_t date;                                    /* day number or CC_NO_DATE */
    uint8_t dimension;                               /* cc_dimension */
    uint8_t quantity; /* CC_DIM_MEASURE: what its units measure (cc_unit__measure), else 0 */
    uint8_t verdict;  /* cc_verdict */
    char unit[8];     /* the group's unit (currency converted to) */
    uint8_t has_consensus;
    cc_interval consensus;           /* intersection of the consensus claims' intervals */
    double consensus_point;          /* its midpoint (finite end if one side is infinite) */
    uint32_t voices;                 /* independent voices in the consensus */
    uint32_t first, count;           /* slice of report->claims */
    uint32_t link_first, link_count; /* slice of report->links */
    uint32_t contradictions;         /* claims with status contradicts */
    /* additions of the check (beyond the fields the writers read first) */
    uint8_t tied;             /* another set of voices reached the same count */
    uint32_t nvoices;         /* distinct voices among the group's checked claims */
    cc_interval lenient_hull; /* intersection of the consensus claims' lenient intervals */
} cc_group;

typedef struct cc_source_tally {
    uint32_t claims, agrees, contradicts, minor, unchecked;
} cc_source_tally;

struct cc_report {
    const cc_claimset *set; /* borrowed */
    cc_check_options opts;  /* copy; opts.currency points into currency[] */
    char currency[8];       /* "" if per group */
    cc_group *groups;       /* in report order: conflicts first, then split,
                                minor, consistent, single; stable within */
    size_t ngroups;
    cc_checked_claim *claims; /* grouped: each group's slice, consensus first (the
                                 slices are in order of each group's first claim,
                                 not in report order: use groups[i].first) */
    size_t nclaims;
    cc_group_link *links;
    size_t nlinks;
    cc_source_tally *tallies; /* one per set->sources */
    size_t contradictions;
    size_t minor;
    size_t unchecked;
    uint32_t *claim_pos; /* set claim index -> index into claims[] */
    cc_fx *fx;           /* the distinct conversions used (cc_checked_claim.fx) */
    size_t nfx, fx_cap;
    /* additions (run.c): a report made from articles owns its claim set and
     * explains its groups; NULL in reports of cc_check() */
    char **grouping; /* per report group: compact JSON object {"shared": [...],
                                 "confidence": x}, or NULL */
    char *unmatched; /* JSON array of the figures that fit no group, or NULL */
    void *run_owned; /* freed by run_free */
    void (*run_free)(cc_report *r);
};

/** The conversion a checked claim was converted with, or NULL if none. */
static inline const cc_fx *cc_report__fx(const cc_report *r, const cc_checked_claim *c)
{
    return c->fx == CC_NO_FX || c->fx >= r->nfx ? NULL : &r->fx[c->fx];
}

/**
 * Append a conversion to report->fx; *index receives its index.
 * @return CC_OK or CC_ENOMEM (no message written).
 */
cc_status cc_report__add_fx(cc_report *r, const cc_fx *fx, uint32_t *index);

#endif
