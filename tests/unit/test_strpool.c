/* placeholder: suite not written yet */
int main(void)
{
    return 77;
}
