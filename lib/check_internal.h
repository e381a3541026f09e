/*
 * check_internal.h - declarations shared by the files of the check
 * (check.c, group.c, consensus.c, report.c). Internal.
 *
 * The check runs in these steps, each near-linear in the number of claims:
 *  1. cc_group__build: hash every claim's key (subject, measure, date,
 *     scope, attributed_to, dimension) to a group id and bucket the claims
 *     by group id (counting sort, stable: input order within a group).
 *  2. cc_group__roots: follow syndicated_from chains to a root claim.
 *  3. per group: normalise (check.c), voices (cc_group__voices), consensus
 *     and statuses (cc_consensus__group), claim order (cc_group__sort_claims).
 *  4. cc_group__order: groups in report order; cc_group__links.
 */
#ifndef CC_CHECK_INTERNAL_H
#define CC_CHECK_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "report.h"

/** "none" marker of local indices. */
#define CC_NONE32 UINT32_MAX

/** A sweep event: an interval end at x. Also reused for tied sweep states. */
typedef struct cc_event {
    double x;
    uint32_t i;    /* local index of the claim in its group */
    uint32_t type; /* CC_EV_*: the order at equal x */
} cc_event;

enum {
    CC_EV_OPEN_END = 0,     /* high) : does not contain x */
    CC_EV_CLOSED_START = 1, /* [low  : contains x */
    CC_EV_CLOSED_END = 2,   /* high] : contains x */
    CC_EV_OPEN_START = 3    /* (low  : contains what follows x */
};

/**
 * Per-group working memory, sized once for the largest group (a few words
 * per claim of that group), reused for every group.
 */
typedef struct cc_scratch {
    size_t cap;       /* claims of the largest group */
    uint32_t *parent; /* union-find parents; later the permutation */
    uint32_t *aux;    /* text-class representative; later dense voice index */
    uint32_t *vidx;   /* dense voice index of each checked claim, CC_NONE32 if unchecked */
    uint32_t *cnt;    /* per dense voice: active claims during the sweep */
    uint8_t *mark;    /* per claim or voice flags */
    cc_event *events; /* 2 per claim; also the hash slots of cc_group__voices */
    uint32_t nvoices; /* distinct voices among the group's checked claims */
} cc_scratch;

cc_status cc_scratch__init(cc_scratch *s, size_t cap);
void cc_scratch__free(cc_scratch *s);

/* ---- group.c ---- */

/**
 * Group the claims of r->set: fills r->groups (key fields, dimension, first,
 * count; in order of each group's first claim) and r->claims[].claim
 * (bucketed by group, input order inside). `gid` is scratch of nclaims entries.
 */
cc_status cc_group__build(cc_report *r, uint32_t *gid, cc_error *err);

/** root[i] = the claim that claim i copies, following syndicated_from chains
 *  (cycles broken deterministically); root[i] = i for an original. */
void cc_group__roots(const cc_claimset *set, uint32_t *root);

/**
 * Voices of one group: sets each checked claim's `voice` (a claim index
 * standing for the voice) and s->vidx / s->nvoices (dense voice numbers of
 * the checked claims). Claims copying one another (root) or with the same
 * trimmed text and quantity from different sources share a voice.
 */
void cc_group__voices(cc_report *r, const cc_group *g, const uint32_t *root, cc_scratch *s);

/** Reorder a group's slice: consensus first, then contradicts, minor,
 *  agrees_lenient, agrees, unchecked; input order inside each. */
void cc_group__sort_claims(cc_report *r, const cc_group *g, cc_scratch *s);

/** Put r->groups in report order (by verdict, then first claim). */
cc_status cc_group__order(cc_report *r, cc_error *err);

/** Fill r->links (different_scope / different_attribution). */
cc_status cc_group__links(cc_report *r, const cc_rates *rates, cc_error *err);

/* ---- consensus.c ---- */

/**
 * Consensus, statuses, gaps and verdict of one normalised group whose
 * voices are set (s->vidx, s->nvoices).
 */
void cc_consensus__group(cc_report *r, cc_group *g, cc_scratch *s);

/** 1 if a and b share a point. */
int cc_interval__meets(const cc_interval *a, const cc_interval *b);

#endif
