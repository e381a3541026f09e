/* placeholder */
typedef int cc__placeholder_crosscheck;
int main(void)
{
    return 0;
}
