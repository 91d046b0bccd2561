package figures

// topN reports whether stated figure m is a top N (30强): a place in a
// ranking, which the index holds as no figure. WHY: held to the figures
// beside it, "还是30强吗" was corrected with 连续6年.
func topN(m Mention, rs []rune) bool {
	return m.Value.Unit == "" && m.End < len(rs) && rs[m.End] == '强'
}
