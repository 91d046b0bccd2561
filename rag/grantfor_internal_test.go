package rag

import "testing"

// A grant asked for a thing the report never writes (养狗) is not
// answered by its grants for other things; a grant for a thing it writes,
// or one asked past the asker's circumstance, is.
func TestGrantForMissing(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"养狗有补助吗", true},
		{"生二胎有补贴吗", true},
		{"装修的补助多少钱", true},
		{"买房有补助吗", false},
		{"残疾孩子做康复有补助吗", false},
		{"家里有残疾孩子要做康复训练，能得到补助吗", false},
		{"养狗的人多吗", false},
		{"家电以旧换新每台能补贴多少", false},
	} {
		norm := Normalize(tc.q)
		if got := grantForMissing(norm, ix.missingWords(norm, nil)); got != tc.want {
			t.Errorf("grantForMissing(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
