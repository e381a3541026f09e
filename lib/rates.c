/* rates.c - placeholder until the module lands. */
typedef int cc__placeholder_rates;
