#!/usr/bin/env bash
# Measure reportbot with many reports loaded, on this machine:
#   1. generates N-1 synthetic reports (scale/gen) into a temporary directory;
#   2. index build and peak RSS: reportbot ask with them, under /usr/bin/time;
#   3. what one question costs, scoped, naming a place, asked back:
#      BenchmarkScale at N reports and at 1;
#   4. serve under load: loadtest/run.sh with them, every question new and
#      naming a generated report's place (64 connections by default).
#
#   scale/run.sh [N [DURATION [CONCURRENCY]]]     default 1000 60s 64
#
# SCALE_SKIP=bench skips step 3, SCALE_SKIP=load step 4. Nothing generated is
# kept (docs/load.md records what it printed).
set -euo pipefail

n=${1:-1000}
duration=${2:-60s}
conns=${3:-64}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/reportbot-scale.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "== $n reports: generating $((n - 1)) ..." >&2
go build -o "$work/reportbot" .
go run ./scale/gen -n "$((n - 1))" -out "$work/reports" -questions "$work/questions.txt" -count 4096
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), go $(go env GOVERSION)" >&2

echo "== index build (reportbot ask, one question) ==" >&2
q=$(head -n 1 "$work/questions.txt")
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" \
	"$work/reportbot" ask --seeds "$work/reports" "$q" >"$work/answer.txt"
tail -n 3 "$work/answer.txt" >&2

if [[ ${SCALE_SKIP:-} != bench ]]; then
	echo "== one question, uncached (BenchmarkScale) ==" >&2
	for reports in 1 "$n"; do
		REPORTBOT_SCALE_REPORTS=$reports go test ./scale -run '^$' -bench Scale -benchtime 2000x -v |
			grep -E 'indexed|^BenchmarkScale/'
	done
fi

if [[ ${SCALE_SKIP:-} != load ]]; then
	echo "== serve under load, every question new ==" >&2
	LOADTEST_SEEDS="$work/reports" LOADTEST_QUESTIONS="$work/questions.txt" LOADTEST_WAIT=6000 \
		LOADTEST_FLAGS=-distinct loadtest/run.sh "$duration" "$conns"
fi
echo "load average now $(cut -d' ' -f1-3 /proc/loadavg)" >&2
