/* placeholder */
typedef int cc__placeholder_cmd_check;
