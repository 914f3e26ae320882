// Does not compile.
int f() { return undeclared_name; }
