#!/usr/bin/env bash
# Builds the libFuzzer targets with clang++ in their own build folder, then runs each one for a
# bounded time from seeds it writes itself. Usage: run.sh SOURCE_DIR BUILD_DIR SECONDS_EACH
# A long run by hand: run.sh . /tmp/fuzz 600  (each target single-job, one after another).
set -euo pipefail
source_dir=$1
build_dir=$2
seconds=${3:-20}
compiler=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$compiler" ]; then
  echo "The fuzzers need clang++ with libFuzzer: apt-get install clang-14 libclang-rt-14-dev" >&2
  exit 1
fi
launcher=$(command -v ccache || true)
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DHAULSTREAM_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
      ${launcher:+-DCMAKE_CXX_COMPILER_LAUNCHER=$launcher} > "$build_dir.configure.log" \
  || { cat "$build_dir.configure.log"; exit 1; }
cmake --build "$build_dir" --target fuzz_commandparser fuzz_eventdecoder fuzz_snapshot
for target in commandparser eventdecoder snapshot; do
  corpus="$build_dir/corpus/$target"
  mkdir -p "$corpus"
  echo "== fuzz_$target for ${seconds} s"
  HAULSTREAM_FUZZ_SEEDS="$corpus" QT_QPA_PLATFORM=offscreen "$build_dir/tests/fuzz/fuzz_$target" \
    -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build_dir/crash-$target-" "$corpus" 2>&1 | grep -v -e '^#[0-9].*\(NEW\|REDUCE\|pulse\)' -e 'NEW_FUNC' -e '^"' || exit 1
done
