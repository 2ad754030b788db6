#!/usr/bin/env bash
# Compares librorkit.so's C ABI with the recorded baseline (tests/abi/librorkit.abi, written by
# libabigail's abidw from the public C headers' types only). A release may add functions; it may
# not remove one or change the type of one (a struct's size or members, a parameter, a return
# type): those break programs built against an earlier librorkit.so.1.
#
#   check_abi.sh BASELINE LIB HEADERS GENERATED_HEADERS           check
#   check_abi.sh --update BASELINE LIB HEADERS GENERATED_HEADERS  record LIB as the baseline
#
# abidiff's exit status flags removed symbols as incompatible but not changed types, so the
# verdict is read from its change summary instead.
set -euo pipefail
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
baseline=$1 lib=$2 headers=$3 generated=$4
opts=(--headers-dir "$headers" --headers-dir "$generated" --drop-private-types --exported-interfaces-only)

if [ "$update" = 1 ]; then
  abidw "${opts[@]}" --no-corpus-path --short-locs --no-comp-dir-path --out-file "$baseline" "$lib"
  echo "wrote $baseline"
  exit 0
fi

opts2=(--headers-dir2 "$headers" --headers-dir2 "$generated" --drop-private-types --exported-interfaces-only)
set +e
report=$(abidiff "${opts2[@]}" "$baseline" "$lib")
status=$?
set -e
if [ $((status & 1)) -ne 0 ] || [ $((status & 2)) -ne 0 ]; then
  echo "abidiff failed (status $status):"; echo "$report"; exit 1
fi
# "Functions changes summary: R Removed, C Changed (F filtered out), A Added function", and the
# same for variables: any R or C above 0 breaks the ABI.
count() {
  { echo "$report" | grep "changes summary:" || true; } | { grep -oE "[0-9]+ $1" || true; } |
    awk '{s += $1} END {print s + 0}'
}
if [ "$(count Removed)" != 0 ] || [ "$(count Changed)" != 0 ]; then
  echo "the C ABI changed against $baseline:"; echo "$report"
  echo "Removed functions and changed records break programs built against librorkit.so.1:"
  echo "undo the change, or make a new ABI major (docs/api-stability.md). Only an options struct"
  echo "grown at its end behind its version field is allowed: record it with make abi-baseline."
  exit 1
fi
added=$(count Added)
echo "$report"
if [ "$added" != 0 ]; then
  echo "compatible: $added addition(s) to the baseline. Record them: make abi-baseline"
else
  echo "the C ABI is the baseline's"
fi
