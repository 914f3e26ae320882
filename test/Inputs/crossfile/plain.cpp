// No telemetry here.
int Plain(int x) {
  if (x)
    return 1;
  return 0;
}
