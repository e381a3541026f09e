/*
 * report.c - freeing a report and its accessors; names of verdicts and
 * statuses; the report's table of conversions. (Writing a report is
 * writer.c, json_out.c and text_out.c.)
 */
#include <stdlib.h>

#include "check_internal.h"
#include "common.h"

void cc_report_free(cc_report *report)
{
    if (!report)
        return;
    if (report->run_free)
        report->run_free(report);
    free(report->groups);
    free(report->claims);
    free(report->links);
    free(report->tallies);
    free(report->claim_pos);
    free(report->fx);
    free(report);
}

cc_status cc_report__add_fx(cc_report *r, const cc_fx *fx, uint32_t *index)
{
    if (r->nfx >= CC_NO_FX || cc__grow((void **)&r->fx, &r->fx_cap, r->nfx + 1, sizeof *r->fx) != 0)
        return CC_ENOMEM;
    r->fx[r->nfx] = *fx;
    *index = (uint32_t)r->nfx++;
    return CC_OK;
}

const char *cc_verdict_name(cc_verdict verdict)
{
    switch (verdict) {
    case CC_VERDICT_CONSISTENT: return "consistent";
    case CC_VERDICT_MINOR_DISCREPANCY: return "minor_discrepancy";
    case CC_VERDICT_CONFLICT: return "conflict";
    case CC_VERDICT_SPLIT: return "split";
    case CC_VERDICT_SINGLE: return "single";
    }
    return NULL;
}

const char *cc_claim_status_name(cc_claim_status status)
{
    switch (status) {
    case CC_STATUS_AGREES: return "agrees";
    case CC_STATUS_AGREES_LENIENT: return "agrees_lenient";
    case CC_STATUS_MINOR_DISCREPANCY: return "minor_discrepancy";
    case CC_STATUS_CONTRADICTS: return "contradicts";
    case CC_STATUS_UNCHECKED: return "unchecked";
    }
    return NULL;
}

size_t cc_report_group_count(const cc_report *report)
{
    return report ? report->ngroups : 0;
}

cc_verdict cc_report_group_verdict(const cc_report *report, size_t i)
{
    if (!report || i >= report->ngroups)
        return (cc_verdict)-1;
    return (cc_verdict)report->groups[i].verdict;
}

size_t cc_report_contradiction_count(const cc_report *report)
{
    return report ? report->contradictions : 0;
}

int cc_report_claim_status(const cc_report *report, const char *claim_id)
{
    int64_t k;
    if (!report || !claim_id)
        return -1;
    k = cc_claimset__find_claim(report->set, claim_id);
    if (k < 0 || (uint64_t)k >= report->nclaims)
        return -1;
    return report->claims[report->claim_pos[k]].status;
}
