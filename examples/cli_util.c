/* placeholder */
typedef int cc__placeholder_cli_util;
