package storage

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
)

// dialect is what differs between the backends.
type dialect struct {
	name string
	// migrations is the directory of this backend's schema migrations.
	migrations string
	// positional: placeholders are $1, $2… (PostgreSQL) rather than ?.
	positional bool
	// skipLocked ends the sub-select that picks work to claim, so that
	// concurrent claimers pass over rows another has locked ("" on SQLite,
	// whose writers are serialised by the database lock anyway).
	skipLocked string
	// lockMigrations serialises replicas migrating the same database at once.
	lockMigrations func(ctx context.Context, tx *sql.Tx) error
	// check verifies the database's physical integrity.
	check func(ctx context.Context, s *Store) ([]string, error)
	// durable runs fn in a transaction that is on disk when it commits,
	// where other writes are only handed to the operating system (see
	// Store.durable).
	durable func(ctx context.Context, s *Store, fn func(tx *txn) error) error
}

// rebind turns the ? placeholders of q into the backend's. Queries in this
// package never put ? inside string literals.
func (d *dialect) rebind(q string) string {
	if !d.positional || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 8)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
