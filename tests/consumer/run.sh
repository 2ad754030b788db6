#!/usr/bin/env bash
# usage: run.sh BUILD_DIR SOURCE_DIR WORK_DIR CC CXX VERSION ABI_VERSION
set -euo pipefail
build=$1 src=$2 work=$3 cc=$4 cxx=$5 version=$6 abi=$7
stage=$work/stage
rm -rf "$stage" "$work/cmake-build" "$work/pc"
mkdir -p "$work/pc"

cmake --install "$build" --prefix "$stage" >/dev/null
libdir=$(cd "$stage" && ls -d lib* | head -n1)

echo "== find_package(rorkit CONFIG)"
cmake -S "$src/cmake" -B "$work/cmake-build" -G Ninja -DCMAKE_PREFIX_PATH="$stage" \
      -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" -DEXPECTED_VERSION="$version" >/dev/null
cmake --build "$work/cmake-build" >/dev/null
"$work/cmake-build/consumer_cpp"
"$work/cmake-build/consumer_c"

echo "== pkg-config rorkit"
export PKG_CONFIG_PATH="$stage/$libdir/pkgconfig"
test "$(pkg-config --modversion rorkit)" = "$version"
# shellcheck disable=SC2046
"$cc" -std=c99 -Wall -Wextra -pedantic -Werror "$src/pkgconfig/main.c" -o "$work/pc/shared" \
      $(pkg-config --cflags --libs rorkit) -Wl,-rpath,"$stage/$libdir"
"$work/pc/shared"
ldd "$work/pc/shared" | grep -q "librorkit.so.$abi " ||
  { echo "the shared consumer is not linked to librorkit.so"; exit 1; }
# Static: only the archive is offered to the linker, plus Libs.private (the C++ runtime).
# shellcheck disable=SC2046
"$cc" -std=c99 -Wall -Wextra -pedantic -Werror "$src/pkgconfig/main.c" -o "$work/pc/static" \
      $(pkg-config --cflags rorkit) -DRORKIT_STATIC "$stage/$libdir/librorkit.a" \
      $(pkg-config --libs-only-l --static rorkit | sed 's/-lrorkit//')
"$work/pc/static"
if ldd "$work/pc/static" | grep -q librorkit; then echo "static consumer loads librorkit.so"; exit 1; fi
echo "consumers built and ran from $stage"
