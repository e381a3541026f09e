/*
 * cluster.h - grouping quantity mentions from different sources into
 * claims: candidate pairs blocked by dimension, shared words and magnitude;
 * pairs linked on TF-IDF context similarity with a magnitude tolerance;
 * linked topics split by day, time scope and attribution into the keys the
 * check compares. Internal.
 */
#ifndef CC_CLUSTER_H
#define CC_CLUSTER_H

#include <stddef.h>
#include <stdint.h>

#include "context.h"
#include "quantity.h"

/** One mention as the clustering sees it (index i = its context index). */
typedef struct cc_cmention {
    uint32_t source;    /* source index */
    uint64_t order;     /* publication order of the source (earlier first), for copies */
    uint8_t dimension;  /* cc_dimension */
    uint8_t weak;       /* a spelled-out number: kept only when it joins a group */
    uint8_t hedge;      /* cc_hedge: a repeat in one source reads the same way */
    uint8_t change;     /* 1 the "from", 2 the "to" figure of a change, 0 neither: a
                              repeat in one source plays the same part */
    double mag;         /* |point value| (range midpoint), scale applied */
    cc_interval strict; /* its strict interval in its own unit */
    char unit[8];
    int32_t date;       /* the day its sentence names, CC_NO_DATE if none */
    int32_t published;  /* its source's publication day, CC_NO_DATE if none */
    const char *scope;  /* normalised scope or NULL */
    const char *attrib; /* attribution or NULL */
    int year;           /* a year named in its clause ("im Jahr 2024", "seit 2015"), 0 = none */
    uint8_t period;     /* a rate per a span of time (CC_PERIOD_*), 0 = none */
    uint8_t quantity;   /* CC_DIM_MEASURE: what its unit measures (cc_unit__measure) */
    double scale;       /* mag per unit of strict (money converted to euros), 0 = 1 */
} cc_cmention;

/** The outcome for one mention. */
typedef struct cc_cresult {
    int64_t group;   /* index into the groups, -1 = dropped (weak and alone) */
    int64_t copy_of; /* mention index it copies (syndicated, or a repeat in the
                              same source), -1 = none */
} cc_cresult;

typedef struct cc_cgroup {
    char subject[96];
    char measure[96];
    int32_t date;
    const char *scope; /* borrowed from the mentions */
    const char *attrib;
    uint32_t members;
    uint32_t sources;  /* distinct sources */
    double confidence; /* (0, 1] */
    char shared[256];  /* compact JSON array of the shared words, "[]" if none */
} cc_cgroup;

typedef struct cc_clustering {
    cc_cresult *result; /* one per mention */
    cc_cgroup *groups;
    size_t ngroups;
    size_t pairs;       /* distinct candidate pairs compared (for the benchmark) */
    size_t label_tries; /* labels tried to give each group its own key (idem) */
} cc_clustering;

/** Thresholds; see cluster.c for their meaning. */
typedef struct cc_cluster_params {
    double same_figure; /* similarity enough for the same figure (within 2 %): 0.06 */
    double link;        /* similarity to link figures within a factor 2: 0.25 */
    double same_value;  /* similarity enough for figures within 25 %: 0.12 */
    double strong;      /* similarity for counts and money up to a factor 5: 0.45 */
} cc_cluster_params;

#define CC_CLUSTER_PARAMS_DEFAULT                                                                  \
    {                                                                                              \
        0.06, 0.25, 0.12, 0.45                                                                     \
    }

/**
 * Cluster n mentions whose contexts are in ctx (finished).
 * @return CC_OK or CC_ENOMEM. Free with cc_cluster__free().
 */
cc_status cc_cluster__run(cc_clustering *out, const cc_context *ctx, const cc_cmention *m, size_t n,
                          const cc_cluster_params *p);

void cc_cluster__free(cc_clustering *c);

/** 1 if two strict intervals in one unit share a point. */
int cc_cluster__compatible(const cc_cmention *a, const cc_cmention *b);

/**
 * Which state of a change a figure gives: 1 the start ("von 89,3", or a
 * figure of the period before: scope "prior_period"), 2 the end ("auf
 * 81"), 0 not said. Figures of two different states are never one.
 */
int cc_cluster__phase(int change, const char *scope);

#endif
