#!/usr/bin/env bash
# Load-test reportbot's HTTP API on this machine:
#   builds reportbot and the generator, starts `reportbot serve` on a free
#   loopback port (rate limit off, one API key), runs the generator against
#   POST /v1/ask, prints its report and stops the server.
#
#   loadtest/run.sh [DURATION [CONCURRENCY]]     default 60s 64
#
# LOADTEST_WAIT is how many tenths of a second to wait for the server to
# listen (default 300; indexing a thousand reports takes longer).
# Extra generator flags can be given in LOADTEST_FLAGS, e.g.
#   LOADTEST_FLAGS=-distinct loadtest/run.sh          # no request hits a cache
#   LOADTEST_FLAGS='-questions my-questions.txt' loadtest/run.sh 30s 16
# By default the generator asks the 49 questions of loadtest/questions.txt in turn;
# LOADTEST_QUESTIONS=FILE asks those instead (a glob of files too; .yaml files
# are question sets), e.g. every eval question, more than the caches hold:
#   LOADTEST_QUESTIONS='eval/testdata/*.yaml' loadtest/run.sh 60s 64
# and LOADTEST_SEEDS=DIR loads the
# reports in DIR beside the embedded one (config seeds:, as scale/run.sh does).
set -euo pipefail

duration=${1:-60s}
conns=${2:-64}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/reportbot-load.XXXXXX)
server_pid=
cleanup() {
	if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
		kill -TERM "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

cd "$root"
if [[ ! -f main.go ]]; then
	echo "run.sh: $root/main.go is missing: the reportbot command is not there yet" >&2
	exit 1
fi
echo "building reportbot and the generator ..." >&2
go build -o "$work/reportbot" .
go build -o "$work/loadtest" ./loadtest

cat >"$work/config.yaml" <<YAML
server:
  addr: 127.0.0.1:0
  rate_limit_per_minute: 0   # measure the server, not the limiter
log:
  format: json
  level: info
YAML
if [[ -n ${LOADTEST_SEEDS:-} ]]; then
	echo "seeds: $LOADTEST_SEEDS" >>"$work/config.yaml"
fi
key=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')

# serve prints "reportbot: serving on http://ADDR" once it listens.
REPORTBOT_API_KEYS=$key "$work/reportbot" serve --config "$work/config.yaml" \
	>"$work/stdout" 2>"$work/server.log" &
server_pid=$!
url=
for _ in $(seq 1 "${LOADTEST_WAIT:-300}"); do
	if ! kill -0 "$server_pid" 2>/dev/null; then
		echo "run.sh: the server exited:" >&2
		cat "$work/server.log" "$work/stdout" >&2
		exit 1
	fi
	url=$(sed -n 's/^reportbot: serving on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$work/stdout")
	[[ -n $url ]] && break
	sleep 0.1
done
if [[ -z $url ]]; then
	echo "run.sh: the server did not report its address" >&2
	cat "$work/server.log" >&2
	exit 1
fi
echo "server pid $server_pid at $url; go $(go env GOVERSION), $(nproc) CPUs" >&2

eval "extra=(${LOADTEST_FLAGS:-})"
"$work/loadtest" -url "$url" -c "$conns" -d "$duration" -key "$key" -pid "$server_pid" \
	-questions "${LOADTEST_QUESTIONS:-$root/loadtest/questions.txt}" "${extra[@]}"

kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=
if [[ $status -eq 0 ]]; then
	echo "server stopped cleanly" >&2
else
	echo "run.sh: the server exited with status $status" >&2
	tail -n 20 "$work/server.log" >&2
	exit 1
fi
echo "server log lines: $(wc -l <"$work/server.log")" >&2
