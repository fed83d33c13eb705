#!/usr/bin/env bash
# docs2kg benchmark: one command, figures printed as a Markdown table (and saved in the work dir).
#
#   bench/run.sh [--corpus DIR] [--quick] [--no-build] [--work DIR]
#
#   --corpus DIR  the guides to export (default ../shared/corpus)
#   --quick       small run: the shipped example guide, one repetition, no JMH (CI uses this)
#   --no-build    use target/docs2kg.jar and target/test-classes as they are
#   --work DIR    where outputs, stores and scaled corpora go (default: a fresh temp dir, removed after)
#   --reps N      repetitions of each compared measurement; the median wall time and the largest RSS
#                 are reported (default 3; 1 with --quick)
#
# What it measures, all in one run on this machine (docs/performance.md explains each figure):
#   export of the corpus and of its largest guide: wall time, pages/s, MB/s, triples/s, peak RSS;
#   the floor: commonmark parsing of the same files + Jena's streaming Turtle writer writing the same
#   triples, with no extraction (sequential and parallel parsing), and the ratio export/floor;
#   the floor's process also reads those triples first, untimed, so its wall time includes that start;
#   export and floor runs alternate, so that the machine's drift during the run hits both alike;
#   scaling: the corpus copied 1x, 2x, 4x (hard links, made here, never committed), time and memory;
#   load of the corpus export into a fresh TDB2 store vs Jena's TDB2 bulk loader on the same file;
#   the store's size on disk after six identical loads (reloads compact it);
#   `docs2kg --help` start-up time; JMH micro-benchmarks of sentence splitting and classification.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=../shared/corpus
quick=false
build=true
work=""
reps=3
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus=$2; shift 2 ;;
    --quick) quick=true; shift ;;
    --no-build) build=false; shift ;;
    --work) work=$2; shift 2 ;;
    --reps) reps=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if $quick; then corpus=examples/guides; reps=1; fi
if [ ! -d "$corpus" ]; then
  echo "bench/run.sh: corpus $corpus not found (give --corpus DIR, or --quick)" >&2
  exit 1
fi
if [ -z "$work" ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/docs2kg-bench.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

if $build; then
  echo "building ..." >&2
  mvn -q -B -DskipTests package test-compile >&2
fi
jar=target/docs2kg.jar
cp="target/test-classes:$jar"
heap=-Xmx256m
# The JVM options the ./docs2kg launcher gives every command but serve (the quick compiler): every
# run below gets them, export and floor alike, so the figures are what a user of the launcher sees.
# One pair of runs with the JVM's default compilers is measured too (the "JVM defaults" rows).
launcher_jvm=$(sed -n 's/^batch_jvm_options="\(.*\)"$/\1/p' docs2kg)
jvm="$heap $launcher_jvm"

# measure LABEL CMD... : runs CMD, records wall seconds and peak RSS (MB) in $wall and $rss;
# its stdout+stderr go to $work/LABEL.log.
measure() {
  local label=$1; shift
  local log="$work/$label.log"
  local start end peak=0 hwm
  start=$(date +%s%N)
  "$@" > "$log" 2>&1 &
  local pid=$!
  local p tree
  while kill -0 "$pid" 2>/dev/null; do
    # the command and its children (a shell function runs java as a child)
    tree="$pid $(pgrep -P "$pid" 2>/dev/null | tr "\n" " " || true)"
    for p in $tree; do
      hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$p/status" 2>/dev/null || true)
      if [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ]; then peak=$hwm; fi
    done
    sleep 0.05
  done
  if ! wait "$pid"; then
    echo "bench/run.sh: $label failed:" >&2; cat "$log" >&2; exit 1
  fi
  end=$(date +%s%N)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", (b-a)/1e9}')
  rss=$(awk -v k="$peak" 'BEGIN {printf "%.0f", k/1024}')
}
# measure_median LABEL CMD... : measure, $reps times; $wall = median wall, $rss = largest peak RSS.
measure_median() {
  local label=$1; shift
  local walls=() maxrss=0 i
  for i in $(seq 1 "$reps"); do
    measure "$label" "$@"
    walls+=("$wall")
    if [ "$rss" -gt "$maxrss" ]; then maxrss=$rss; fi
  done
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$maxrss
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
per_s() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", n/s}'; }
# triples written, from export's summary line on stderr
triples_of() { sed -n 's/.*statements, \([0-9]*\) triples.*/\1/p' "$work/$1.log"; }

results="$work/results.md"
{
  echo "| measurement | wall s | peak RSS MB | rate | notes |"
  echo "|---|---:|---:|---|---|"
} > "$results"
row() { echo "| $1 | $2 | $3 | $4 | $5 |" >> "$results"; }

pages=$(find "$corpus" -name '*.md' | wc -l)
mb=$(du -sbL "$corpus" | awk '{printf "%.1f", $1/1048576}')

# --- export of the whole corpus and the floor (the same files parsed, the same triples written, taken
#     from an N-Triples export that is read into memory before the floor's clock starts; no
#     extraction), measured interleaved — export, floor, parallel floor, and again — so that a
#     drift of this shared machine's speed during the run falls on both sides of the ratio alike.
java -jar "$jar" export -q "$corpus" --format ntriples -o "$work/corpus.nt"
# The floor's wall time less its untimed pre-load: both sides then include JVM start and class loading.
preload_of() { sed -n 's/.*(preload \([0-9.]*\) s).*/\1/p' "$work/$1.log"; }
less() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a-b}'; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
walls_e=(); walls_s=(); walls_p=(); rss_e=0; rss_s=0; rss_p=0
for i in $(seq 1 "$reps"); do
  measure export-corpus java $jvm -jar "$jar" export "$corpus" -o "$work/corpus.ttl"
  walls_e+=("$wall"); if [ "$rss" -gt "$rss_e" ]; then rss_e=$rss; fi
  measure floor-sequential java $jvm -cp "$cp" org.docs2kg.bench.Floor "$corpus" "$work/corpus.nt" "$work/floor.ttl"
  walls_s+=("$(less "$wall" "$(preload_of floor-sequential)")"); if [ "$rss" -gt "$rss_s" ]; then rss_s=$rss; fi
  measure floor-parallel java $jvm -cp "$cp" org.docs2kg.bench.Floor "$corpus" "$work/corpus.nt" "$work/floor.ttl" parallel
  walls_p+=("$(less "$wall" "$(preload_of floor-parallel)")"); if [ "$rss" -gt "$rss_p" ]; then rss_p=$rss; fi
done
# The same pair with the JVM's default compilers (C1 and C2), once: what `java -jar` gives.
if ! $quick; then
  measure export-corpus-defaults java $heap -jar "$jar" export "$corpus" -o "$work/corpus.ttl"
  t_export_d=$wall
  measure floor-defaults java $heap -cp "$cp" org.docs2kg.bench.Floor "$corpus" "$work/corpus.nt" "$work/floor.ttl"
  t_floor_d=$(less "$wall" "$(preload_of floor-defaults)")
fi
t_export=$(median "${walls_e[@]}"); t_floor1=$(median "${walls_s[@]}"); t_floorp=$(median "${walls_p[@]}")
triples=$(triples_of export-corpus)
row "export corpus ($pages pages, $mb MB, $triples triples, $heap)" "$t_export" "$rss_e" \
  "$(per_s "$pages" "$t_export") pages/s, $(awk -v m="$mb" -v s="$t_export" 'BEGIN{printf "%.1f", m/s}') MB/s, $(per_s "$triples" "$t_export") triples/s" "runs: ${walls_e[*]}"
row "floor, sequential (parse + write the same $triples triples)" "$t_floor1" "$rss_s" "" "runs: ${walls_s[*]}; $(tail -1 "$work/floor-sequential.log")"
row "floor, parallel parse" "$t_floorp" "$rss_p" "" "runs: ${walls_p[*]}; $(tail -1 "$work/floor-parallel.log")"
# (floor RSS includes the pre-loaded triples)
t_floor=$(awk -v a="$t_floor1" -v b="$t_floorp" 'BEGIN {print (a < b ? a : b)}')
row "**export / floor**" "" "" "**$(ratio "$t_export" "$t_floor")** vs the faster floor ($(ratio "$t_export" "$t_floor1") vs sequential, $(ratio "$t_export" "$t_floorp") vs parallel)" "target <= 1.5"
$quick || row "export / floor, JVM defaults (\`java -jar\`, no $launcher_jvm)" "$t_export_d / $t_floor_d" "" "$(ratio "$t_export_d" "$t_floor_d")" "one run each"

# --- export: the largest guide alone
largest=$(for d in $(find "$corpus" -name index.md -exec dirname {} \;); do echo "$(find "$d" -maxdepth 1 -name '*.md' | wc -l) $d"; done | sort -n | tail -1 | cut -d' ' -f2-)
guides=$(find "$corpus" -name index.md | wc -l)
if [ -n "$largest" ] && [ "$guides" -gt 1 ]; then   # one guide: the corpus export above is that guide's
  lp=$(find "$largest" -maxdepth 1 -name '*.md' | wc -l)
  measure export-largest java $jvm -jar "$jar" export "$largest" -o "$work/largest.ttl"
  lt=$(triples_of export-largest)
  row "export $(basename "$largest") ($lp pages, $lt triples)" "$wall" "$rss" "$(per_s "$lp" "$wall") pages/s, $(per_s "$lt" "$wall") triples/s" ""
fi

# --- scaling: the corpus 1x, 2x, 4x. Time at -Xmx256m; memory at -Xmx256m and at -Xmx64m: with a
#     large heap the JVM grows into what it is given (old-generation garbage is collected late), so
#     the small heap shows whether the live set itself grows with the number of guides.
scales=$($quick && echo "1 2" || echo "1 2 4")   # --quick: the smallest that shows the figure
for k in $scales; do
  dir="$work/scale-$k"
  mkdir -p "$dir"
  for i in $(seq 1 "$k"); do cp -al "$(cd "$corpus" && pwd)" "$dir/copy-$i" 2>/dev/null || cp -a "$(cd "$corpus" && pwd)" "$dir/copy-$i"; done
  measure "scale-$k" java $jvm -jar "$jar" export "$dir" -o "$work/scale-$k.ttl"
  eval "t_scale_$k=$wall; r_scale_$k=$rss"
  t=$wall; r=$rss
  measure "scale-$k-small" java -Xmx64m $launcher_jvm -jar "$jar" export "$dir" -o "$work/scale-$k.ttl"
  eval "r_small_$k=$rss"
  row "export corpus x$k" "$t" "$r" "" "-Xmx64m: $wall s, $rss MB"
  rm -rf "$dir" "$work/scale-$k.ttl"
done
kmax=${scales##* }
eval "t_scale_max=\$t_scale_$kmax; r_scale_max=\$r_scale_$kmax; r_small_max=\$r_small_$kmax"
row "**scaling**" "" "" "**time ${kmax}x/1x = $(ratio "$t_scale_max" "$t_scale_1")**, peak RSS ${kmax}x/1x = $(ratio "$r_scale_max" "$r_scale_1") at $heap, **$(ratio "$r_small_max" "$r_small_1") at -Xmx64m**" "targets (4x): time <= 4.2, memory within 10%"

# --- load into TDB2 vs Jena's bulk loader, same TriG file
java -jar "$jar" export -q "$corpus" --format trig -o "$work/corpus.trig"
fresh_load() { rm -rf "$work/store-docs2kg"; java $launcher_jvm -jar "$jar" load -q "$work/corpus.trig" --store "$work/store-docs2kg"; }
measure_median load-docs2kg fresh_load
t_load=$wall
row "docs2kg load (TriG export, fresh TDB2 store)" "$wall" "$rss" "" ""
best=""
fresh_bulk() { rm -rf "$work/store-bulk"; java $launcher_jvm -cp "$cp" org.docs2kg.bench.BulkLoad "$work/store-bulk" "$work/corpus.trig" "$1"; }
loaders=$($quick && echo basic || echo "basic parallel")   # --quick: one loader shows the figure
for loader in $loaders; do
  measure_median "bulk-$loader" fresh_bulk "$loader"
  row "Jena TDB2 bulk loader ($loader)" "$wall" "$rss" "" ""
  if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$wall; fi
done
row "**load / fastest bulk loader**" "" "" "**$(ratio "$t_load" "$best")**" "target <= 1.3"

# --- the store's size on disk after reloading the same data (a load that replaced graphs compacts the store)
rm -rf "$work/store-reload"
sizes=()
reloads=$($quick && echo 2 || echo 6)
for i in $(seq 1 "$reloads"); do
  java $launcher_jvm -jar "$jar" load -q "$work/corpus.trig" --store "$work/store-reload"
  sizes+=("$(du -sm "$work/store-reload" | cut -f1)")
done
last=$((reloads - 1))
row "store size after 1 and $reloads identical loads (MB)" "" "" "${sizes[0]} -> ${sizes[$last]} (x$(ratio "${sizes[$last]}" "${sizes[0]}"))" "all: ${sizes[*]}; target x1.1"

# --- start-up
runs=$($quick && echo 1 || echo 5); total=0   # --quick: one start is enough to show the figure
for i in $(seq 1 $runs); do
  s=$(date +%s%N); java $launcher_jvm -jar "$jar" --help > /dev/null; e=$(date +%s%N)
  total=$(( total + (e - s) / 1000000 ))
done
row "docs2kg --help (mean of $runs)" "$(awk -v t="$total" -v n="$runs" 'BEGIN{printf "%.2f", t/n/1000}')" "" "" "target < 0.6"

echo
echo "docs2kg benchmark (median of $reps runs where compared) on $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GB, $(java -version 2>&1 | head -1), corpus $corpus"
cat "$results"

# --- JMH micro-benchmarks
if ! $quick; then
  echo
  mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >&2
  java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.openjdk.jmh.Main -foe true org.docs2kg.bench 2>&1 \
    | sed -n '/^Benchmark/,$p'
fi
