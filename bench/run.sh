#!/usr/bin/env bash
# Builds the benchmarks (Release) and runs them all, printing Markdown tables
# for docs/performance.md. Benchmarks are not CTest tests: nothing here fails
# a build, it only measures.
#
#   bench/run.sh [--build-dir DIR] [--runs N] [--no-xl] [--no-gui]   (BENCH_JOBS=2: ninja -j)
#
# Whole-program figures (lintel-cli validate and export) run N times (default
# 5); the table shows the median wall time, the median CPU time (user + sys)
# and the largest peak resident memory, measured by /usr/bin/time. On a
# shared machine wall time is noisy; CPU time is the steadier figure.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-bench"
runs=5
xl=1
gui=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --no-xl) xl=0; shift ;;
    --no-gui) gui=0; shift ;;
    *) echo "usage: bench/run.sh [--build-dir DIR] [--runs N] [--no-xl] [--no-gui]" >&2; exit 2 ;;
  esac
done
[[ -x /usr/bin/time ]] || { echo "bench/run.sh needs GNU time (/usr/bin/time, package 'time')" >&2; exit 2; }

targets=(lintel-cli lintel-generate bench_model bench_codec bench_rules bench_compare bench_rulepacks)
((gui)) && targets+=(bench_canvas)
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$build" -j "${BENCH_JOBS:-2}" "${targets[@]}" >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli="$build/app/cli/lintel-cli"
sizes=(S M L)
((xl)) && sizes+=(XL)
for size in "${sizes[@]}"; do
  "$build/bench/lintel-generate" "$size" "$work/$size.yaml"
  "$build/bench/lintel-generate" "$size" "$work/$size.lintel"
done

echo "# Lintel benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "## Whole programs (median of up to $runs runs; peak memory is the largest seen)"
echo
echo "| command | model | wall s | CPU s | peak MiB | target | met |"
echo "| --- | --- | ---: | ---: | ---: | --- | --- |"

# measure LABEL MODEL TARGET_S TARGET_MIB RUNS OK_CODES -- COMMAND...
# A command exiting with a code outside OK_CODES (e.g. "0 1") is reported;
# one running longer than $limit seconds is cut off and reported.
limit=300
measure() {
  local label="$1" model="$2" target_s="$3" target_mib="$4" n="$5" ok_codes="$6"
  shift 7
  local walls=() cpus=() peak=0 code
  for ((i = 0; i < n; i++)); do
    rm -rf "$work/out" "$work/out.lintel"
    code=0
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" timeout "$limit" "$@" >/dev/null 2>&1 || code=$?
    if ((code == 124)); then  # cut off by `timeout`
      echo "| $label | $model | > $limit (cut off) | | | < $target_s s | no |"
      return
    fi
    if [[ " $ok_codes " != *" $code "* ]]; then
      echo "| $label | $model | failed (exit $code) | | | | no |"
      return
    fi
    # GNU time puts "Command exited with non-zero status N" before the figures.
    read -r wall user sys rss < <(tail -n 1 "$work/time")
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
    ((rss > peak)) && peak=$rss
  done
  local wall cpu mib met=yes target="< ${target_s} s"
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mib=$((peak / 1024))
  if [[ "$target_s" == "-" ]]; then
    target="record"; met="-"
  else
    (($(echo "$wall >= $target_s" | bc))) && met=no
    if [[ "$target_mib" != "-" ]]; then
      target+=", < ${target_mib} MiB"
      ((mib >= target_mib)) && met=no
    fi
  fi
  echo "| $label | $model | $wall | $cpu | $mib | $target | $met |"
}

measure "validate" "L.yaml" 2 300 "$runs" "0 1" -- "$cli" validate "$work/L.yaml"
measure "validate" "L.lintel" 0.5 300 "$runs" "0 1" -- "$cli" validate "$work/L.lintel"
measure "validate" "M.yaml" - - "$runs" "0 1" -- "$cli" validate "$work/M.yaml"
# Reports are streamed (ADR 0016): json and sarif should cost little over text.
for format in json sarif; do
  measure "validate --format $format" "L.yaml" - - "$runs" "0 1" -- "$cli" validate --format "$format" "$work/L.yaml"
  measure "validate --format $format" "L.lintel" - - "$runs" "0 1" -- "$cli" validate --format "$format" "$work/L.lintel"
done
if ((xl)); then
  measure "validate" "XL.yaml" - - 1 "0 1" -- "$cli" validate "$work/XL.yaml"
  measure "validate" "XL.lintel" - - 1 "0 1" -- "$cli" validate "$work/XL.lintel"
fi
measure "convert YAML to .lintel" "L.yaml" - - "$runs" "0" -- "$cli" convert "$work/L.yaml" "$work/out.lintel"
measure "export handover --no-diagrams" "L.yaml" 5 - 1 "0" -- "$cli" export handover --no-diagrams "$work/L.yaml" -o "$work/out"
for kind in adr openapi mermaid plantuml; do
  measure "export $kind" "M.yaml" - - 3 "0" -- "$cli" export "$kind" "$work/M.yaml" -o "$work/out"
done
measure "export handover --no-diagrams" "M.yaml" - - 3 "0" -- "$cli" export handover --no-diagrams "$work/M.yaml" -o "$work/out"
# Graphviz routing of the 500-element overview takes minutes (see
# docs/performance.md): one run.
measure "export all" "M.yaml" 10 - 1 "0" -- "$cli" export all "$work/M.yaml" -o "$work/out"
# Issue 12: the L overview's diagram, SVG and PNG (the default formats).
measure "export diagram" "L.yaml" 10 - 1 "0" -- "$cli" export diagram "$work/L.yaml" -o "$work/out"

"$build/bench/bench_model" L
"$build/bench/bench_codec" M
"$build/bench/bench_codec" L
((xl)) && "$build/bench/bench_model" XL
"$build/bench/bench_rules" L
"$build/bench/bench_compare" L
"$build/bench/bench_rulepacks" L
((gui)) && QT_QPA_PLATFORM=offscreen "$build/bench/bench_canvas" L 2>/dev/null
exit 0
