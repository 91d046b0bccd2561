package rag

// An English question's verb of a stage (completed, commissioned, put into
// operation) says what happened to the thing it asks of; the lexicon reads
// it as the report's 竣工投产, as much a term as the thing. A quote that
// writes only the stage ("200个项目竣工投产" for "When will the airport be
// completed?") tells of other things done, not of the thing asked: with
// no quote naming the thing, the report does not answer directly, and the
// quotes stay as related text.

// groundStageOnly declines an English answer whose quotes and figures
// write none of the question's asked terms but its verbs of a stage
// (englishDone).
func (e *Engine) groundStageOnly(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || d.Intent.Lang != "en" {
		return
	}
	var things []askedTerm
	stage := false
	for _, t := range d.asked {
		switch {
		case englishDone.MatchString(t.term):
			stage = true
		case t.weight >= 1:
			things = append(things, t)
		}
	}
	if !stage || len(things) == 0 {
		return
	}
	for _, p := range ans.Parts {
		if (p.Type == PartQuote || p.Type == PartFigure) && len(p.Citations) > 0 &&
			holdsAny(things, Normalize(ans.Citations[p.Citations[0]].Quote)) {
			return
		}
	}
	ans.notAnsweredDirectly()
}
