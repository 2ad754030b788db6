#!/usr/bin/env bash
# Checks the dynamic symbol table of librorkit.so against the C headers:
#  1. every exported (defined, global) symbol starts with rorkit_;
#  2. every function declared with RORKIT_API in the headers is exported;
#  3. nothing is exported that the headers do not declare;
#  4. the SONAME is librorkit.so.<ABI major>.
set -euo pipefail
lib=$1 headers=$2 abi=$3

exported=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVWiu]$/ {print $3}' | sed 's/@.*//' | sort -u)
declared=$(grep -hoE 'RORKIT_API[^;(]*\brorkit_[a-z_0-9]+\(' "$headers"/*.h | grep -oE 'rorkit_[a-z_0-9]+\($' | tr -d '(' | sort -u)

bad=$(echo "$exported" | grep -v '^rorkit_' || true)
if [ -n "$bad" ]; then
  echo "exported symbols without the rorkit_ prefix:"; echo "$bad"; exit 1
fi
missing=$(comm -23 <(echo "$declared") <(echo "$exported"))
if [ -n "$missing" ]; then
  echo "declared in the headers but not exported:"; echo "$missing"; exit 1
fi
extra=$(comm -13 <(echo "$declared") <(echo "$exported"))
if [ -n "$extra" ]; then
  echo "exported but not declared in any header:"; echo "$extra"; exit 1
fi
soname=$(objdump -p "$lib" | awk '/SONAME/ {print $2}')
if [ "$soname" != "librorkit.so.$abi" ]; then
  echo "SONAME is '$soname', expected librorkit.so.$abi"; exit 1
fi
echo "$(echo "$exported" | wc -l) symbols exported, all rorkit_*, all declared; SONAME $soname"
