/*
 * version.c - version, status strings, cc_free.
 */
#include <stdlib.h>

#include "common.h"

const char *cc_version(void)
{
    return CC_VERSION;
}

int cc_version_number(void)
{
    return CC_VERSION_NUMBER;
}

const char *cc_strerror(int code)
{
    switch (code) {
    case CC_OK: return "no error";
    case CC_ENOMEM: return "out of memory";
    case CC_EINVAL: return "invalid argument";
    case CC_EIO: return "input/output error";
    case CC_ESYNTAX: return "syntax error";
    case CC_ESCHEMA: return "invalid claims data";
    case CC_EQUANTITY: return "unreadable quantity";
    case CC_ECURRENCY: return "unknown currency";
    case CC_EDATE: return "invalid date";
    case CC_ERANGE: return "number out of range";
    case CC_ELANG: return "unsupported language";
    case CC_EICU: return "ICU error";
    case CC_ELIMIT: return "input too large";
    case CC_EINTERNAL: return "internal error";
    default: return "unknown error";
    }
}

void cc_free(void *ptr)
{
    free(ptr);
}
