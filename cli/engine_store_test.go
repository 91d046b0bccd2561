package cli

import (
	"context"
	"os"
	"testing"
)

// With a store directory, a change of lexicon (here: none at all) gives
// the local embedding a new name, and the old vectors are deleted rather
// than left on disk.
func TestBuildEnginePrunesOldLocalCaches(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for i, opts := range []EngineOptions{{StoreDir: dir}, {StoreDir: dir, NoLexicon: true}, {StoreDir: dir}} {
		if _, err := BuildEngine(ctx, opts); err != nil {
			t.Fatal(err)
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != 1 {
			names := []string{}
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("build %d: %d caches on disk %v, want 1", i, len(entries), names)
		}
	}
}
