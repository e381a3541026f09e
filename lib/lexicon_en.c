/* lexicon_en.c - placeholder until the module lands. */
typedef int cc__placeholder_lexicon_en;
