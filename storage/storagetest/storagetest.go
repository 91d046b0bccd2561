// Package storagetest gives tests real databases: a SQLite file in a
// temporary directory, or a fresh database on the PostgreSQL server named
// by REPORTBOT_TEST_POSTGRES_DSN (which .ci/run starts). Without that
// variable PostgreSQL tests skip, saying so — except under CI
// (REPORTBOT_CI=1), where a missing server fails them.
package storagetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// EnvPostgresDSN names the variable holding the test server's DSN, a
// postgres:// URL of a role that may create databases.
const EnvPostgresDSN = "REPORTBOT_TEST_POSTGRES_DSN"

// EnvCI is set to 1 by .ci/run: there a PostgreSQL test must not skip.
const EnvCI = "REPORTBOT_CI"

// SQLite returns the path of a new SQLite database file in t's temporary directory.
func SQLite(t testing.TB) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "reportbot.db")
}

// Postgres creates an empty database on the test server and returns its
// DSN; the database is dropped when the test ends. It skips the test when
// no server is configured outside CI, and fails it under CI.
func Postgres(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvPostgresDSN)
	if base == "" {
		if os.Getenv(EnvCI) == "1" {
			t.Fatalf("%s is not set: .ci/run should have started PostgreSQL and set it", EnvPostgresDSN)
		}
		t.Skipf("PostgreSQL test skipped: set %s to a postgres:// URL of a server where this role may CREATE DATABASE (.ci/run starts one)", EnvPostgresDSN)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", EnvPostgresDSN, err)
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("%s: %v", EnvPostgresDSN, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	suffix := make([]byte, 6)
	rand.Read(suffix)
	name := "rbtest_" + hex.EncodeToString(suffix)
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		admin.Close()
		t.Fatalf("PostgreSQL at %s: create database: %v", u.Redacted(), err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Logf("drop test database %s: %v", name, err)
		}
		admin.Close()
	})
	u.Path = "/" + name
	return u.String()
}

// Backend is a kind of database a test can run against.
type Backend struct {
	Name string
	// DSN makes a new, empty database of this kind for t (skipping t when
	// the kind is not available, see Postgres).
	DSN func(t testing.TB) string
}

// Backends are SQLite and PostgreSQL, for contract tests that every
// backend must pass.
var Backends = []Backend{
	{Name: "sqlite", DSN: SQLite},
	{Name: "postgres", DSN: Postgres},
}
