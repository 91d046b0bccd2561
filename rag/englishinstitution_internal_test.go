package rag

import "testing"

// An English question naming an institution the report never writes (a
// hospital, a university) is declined, not answered from another's
// quotes; names the report writes, and a district's lowered school, are
// answered.
func TestGroundUnwrittenInstitution(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"Is the new children's hospital open?", false, "does not mention new children's hospital", ""},
		{"Is the Panjin maternity and child hospital getting a new building?", false, "does not mention child hospital", ""},
		{"Is Liaoning Shihua University mentioned, and what's planned for it?", false, "does not mention Liaoning Shihua University", ""},
		{"Does the report mention Panjin Central Hospital?", false, "does not mention Panjin Central Hospital", ""},
		// Names the report writes: the words before the head are near it.
		{"What rank is Dalian University of Technology's Panjin campus in national rankings?", true, "大连理工大学", ""},
		// A place of the city's own before a lowered head says where.
		{"xinglongtai school quality plan?", true, "兴隆台区", ""},
		{"How many students does Panjin Vocational and Technical College have?", true, "盘锦职业技术学院", ""},
	})
}
