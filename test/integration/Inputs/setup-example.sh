#!/bin/sh
# Usage: setup-example.sh SRC_ROOT DEST
# A throwaway copy of the bundled example as a git repository:
#   DEST/checkout        example/ (committed once, on branch main), configured
#                        into DEST/checkout/build (compile_commands.json;
#                        build/ is ignored by git)
#   DEST/test/Inputs ->  SRC_ROOT/test/Inputs (the mock API headers that the
#                        example finds at ../test/Inputs/include)
set -eu
src="$1"
dest="$2"
rm -rf "$dest"
mkdir -p "$dest/test"
ln -s "$src/test/Inputs" "$dest/test/Inputs"
mkdir "$dest/checkout"
cp -R "$src/example/CMakeLists.txt" "$src/example/README.md" "$src/example/src" \
  "$dest/checkout/"
cd "$dest/checkout"
printf 'build/\n' > .gitignore
cmake -G Ninja -S . -B build > build-configure.log 2>&1 || {
  cat build-configure.log >&2
  exit 1
}
rm build-configure.log
git init -q -b main .
git config user.name "otel-tidy tests"
git config user.email "tests@otel-tidy.invalid"
git config commit.gpgsign false
git add -A
git commit -q -m "checkout-example"
