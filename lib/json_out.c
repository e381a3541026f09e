/* json_out.c - placeholder until the module lands. */
typedef int cc__placeholder_json_out;
