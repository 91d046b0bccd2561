package rag

// groundStatedYear keeps the figure of the year a question states from
// standing as its headline when it asks the other year's: "去年稻蟹共生面积
// 95万亩，今年目标多少" asks 2025's target, and 95万亩 is what the asker
// already knows. WHY: both years' figures are shown (Intent.Both), the
// stated one first, so the answer opens with the figure not asked. The
// stated year's quote stays, as the context it is; only its figure part
// goes, and only when a figure of the year asked is there to lead.
func (e *Engine) groundStatedYear(d *Draft) {
	in := d.Intent
	ans := d.Answer
	if !ans.Found || d.Lookup || !in.Figure || !in.Both || in.Asks == PeriodNone || hasCorrection(ans) {
		return
	}
	if !statesFigure(d.norm) {
		// "2024年和2025年的城镇新增就业各是多少" states no figure: it asks
		// both years, and each year's figure answers it.
		return
	}
	if ClaimShaped(d.Read) {
		// "2024年增长3.5%，2025年目标5.5%，是这样吗" asks to confirm
		// both: each year's figure answers its part.
		return
	}
	asked := false
	for _, p := range ans.Parts {
		if p.Type == PartFigure && len(p.Citations) > 0 && !d.ofOtherPeriod(p) {
			asked = true
			break
		}
	}
	if !asked {
		return
	}
	ans.keepParts(func(p Part) bool { return p.Type != PartFigure || !d.ofOtherPeriod(p) })
	ans.figuresFromParts()
}
