package figures

import "github.com/reportbot/reportbot/rag"

// otherLevelsCount reports whether correction c corrects a count claimed
// of things of one level (1个国家级产教联合体) by the count of things of
// another level (2个市级产教联合体: rag.HonourLevel). WHY: things of
// another level are another kind of the thing; their count says nothing
// of the claimed level's, and "correcting" the number hides that it is
// the level the report does not give (1个省级、2个市级): the level's own
// contrast check corrects that.
func otherLevelsCount(d *rag.Draft, c *Correction) bool {
	claimed := rag.HonourLevel(c.Stated + " " + d.Read)
	if c.Level || claimed == "" {
		return false
	}
	given := rag.HonourLevel(c.Actual.Indicator)
	return given != "" && given != claimed
}
