/* json_in.c - placeholder until the module lands. */
typedef int cc__placeholder_json_in;
