/*
 * linewrap.h - soft line breaks of hard-wrapped text. Internal.
 */
#ifndef CC_LINEWRAP_H
#define CC_LINEWRAP_H

#include <stddef.h>

/**
 * Is the line break that ends just before text[at] (text[at - 1] is '\n')
 * one that only wraps flowing text, so that the sentence goes on? 0 after
 * a terminator or a blank line, before a list item or a blank
 * line, after a line with room left for the next line's first word (a
 * heading, a paragraph's last line) and for lines longer or shorter than
 * wrapped text has (a column of figures). Looks at no more than the three lines around the break.
 */
int cc_linewrap__soft(const char *text, size_t len, size_t at);

#endif
