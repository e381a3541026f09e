/* lexicon_de.c - placeholder until the module lands. */
typedef int cc__placeholder_lexicon_de;
