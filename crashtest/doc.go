// Package crashtest kills `reportbot serve` with SIGKILL at random moments
// while Telegram traffic — questions and 👍/👎 votes — flows in, restarts
// it, and then checks that nothing acknowledged was lost:
//
//   - every update Telegram was told had arrived (webhook: answered 200;
//     polling: below the confirmed getUpdates offset) was processed: its
//     question answered, its vote stored;
//   - no question was answered twice, no vote counted twice;
//   - every vote confirmed to its voter is stored;
//   - the database passes its integrity check.
//
// Scenarios: webhook and polling on SQLite (or PostgreSQL with
// -crash.backend postgres), and two replicas behind a round-robin balancer
// sharing one PostgreSQL database, one of them killed at a time.
// Telegram is bot/telegramtest, the strict fake Bot API.
//
// `go test ./crashtest` runs a short variant (3 kills a scenario), part of
// the project's tests; crashtest/run.sh runs the long one (20 kills a
// scenario) and prints the figures recorded in docs/durability.md.
package crashtest
