#!/usr/bin/env bash
# The long crash test: SIGKILLs `reportbot serve` KILLS times in each
# scenario — webhook and polling on SQLite, the same on PostgreSQL, and two
# replicas sharing PostgreSQL behind a round-robin balancer — under
# question and vote traffic, then checks that every acknowledged update was
# processed, nothing was answered or counted twice, and the database is
# intact. Prints one table row per scenario (docs/durability.md).
#
#   crashtest/run.sh [KILLS [RATE]]     default 20 kills, 12 questions a second
#
# Uses REPORTBOT_TEST_POSTGRES_DSN when set, else starts a throw-away
# PostgreSQL (as .ci/run does). Extra `go test` flags: CRASH_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-20}
rate=${2:-12}
if [ -z "${REPORTBOT_TEST_POSTGRES_DSN:-}" ]; then
  source .ci/postgres.sh
fi
report=$(mktemp /tmp/reportbot-crash-report.XXXXXX)
run() {
  go test -count=1 -timeout 90m -run TestCrash ./crashtest ${CRASH_FLAGS:-} \
    -args -crash.kills "$kills" -crash.rate "$rate" -crash.report "$report" "$@"
}
status=0
run -crash.backend sqlite -crash.scenarios webhook,polling,replicas || status=1
run -crash.backend postgres -crash.scenarios webhook,polling || status=1
echo
echo "| scenario | db | replicas | kills | questions | votes | acked | processed | lost | duplicate answers | votes confirmed | votes stored | duplicate votes | integrity | ack p50 / p99 ms | time |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
cat "$report"
rm -f "$report"
exit $status
