package rag

import "testing"

// "有哪四个大" asks for the items by name, as "哪几个" and "哪八个" do;
// "是哪三个" asks what a formula names, "哪一个" asks for one.
func TestWhichCountedAsksList(t *testing.T) {
	ix := seedIndex(t)
	for q, want := range map[string]bool{
		"今年开放有哪四个大":      true,
		"今年要做好的有哪三件事":    true,
		"政府干部要做到的有哪五个保持": true,
		"这个报告主要分哪两大块":    false, // the report's parts, not a list
		"三个下降是哪三个":       false, // what a formula names
		"哪一个区获评了文明城区":    false,
	} {
		if got := ix.analyze(Normalize(q), nil).list; got != want {
			t.Errorf("analyze(%q).list = %v, want %v", q, got, want)
		}
	}
}
