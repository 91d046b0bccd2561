package figures

import (
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// listMark is where a figure stands in a list of one thing's figures
// written in one breath and told apart by a word beside each number
// ("央地合作项目谋划梳理87个、新签约19个、推进实施6个", "1个省级、2个市级产教
// 联合体"): the list's number in its paragraph (0: none) and the two Han
// characters right before and right after the figure.
type listMark struct {
	list          int
	before, after string
}

// markLists marks the figures out (of paragraph text rs, in order) that
// only a 、 and words part from the next as members of one list.
func markLists(rs []rune, out []Figure) {
	list := 0
	for k := 1; k < len(out); k++ {
		a, b := &out[k-1], &out[k]
		if a.End > b.Start || !listGap(rs[a.End:b.Start]) {
			continue
		}
		if a.list.list == 0 {
			list++
			a.list = listMark{list, hanBefore(rs, a.Start), hanAfter(rs, a.End)}
		}
		b.list = listMark{a.list.list, hanBefore(rs, b.Start), hanAfter(rs, b.End)}
	}
}

// listGap reports whether gap, the text between two figures, parts list
// members: a 、 and no mark that ends a clause.
func listGap(gap []rune) bool {
	return strings.ContainsRune(string(gap), '、') && !strings.ContainsAny(string(gap), "，。；：,;:（）()")
}

// hanBefore is the two characters of rs right before i when both are Han, else "".
func hanBefore(rs []rune, i int) string {
	if i < 2 || i > len(rs) || !unicode.Is(unicode.Han, rs[i-2]) || !unicode.Is(unicode.Han, rs[i-1]) {
		return ""
	}
	return string(rs[i-2 : i])
}

// listNeighbour is the member of confirmed figure f's list that the
// question norm claims instead: it writes the word beside that member's
// number (签约 of 新签约19个, 省级 of 1个省级) and not the word beside f's
// (梳理, 市级). WHY: the members count one thing in different stages or
// grades; a number matching one member is no claim about it when the
// claim names another, whose own figure it then contradicts ("央地合作项目
// 新签约87个" is wrong: 87个 were 谋划梳理, 19个 签约).
func (ix *Index) listNeighbour(f *Figure, norm string) *Figure {
	if f.list.list == 0 {
		return nil
	}
	figs := ix.inParagraph(f.Report, f.Paragraph)
	for k := range figs {
		// The index's own figure: compared by pointer later. Members count
		// in one unit: 11个小区、惠及居民2万余户 lists two things, not one's grades.
		g := &figs[k]
		if g.list.list != f.list.list || sameFigure(*g, *f) || g.Value == f.Value || g.Unit != f.Unit {
			continue
		}
		if namesOtherWord(f.list.before, g.list.before, norm) || namesOtherWord(f.list.after, g.list.after, norm) {
			return g
		}
	}
	return nil
}

// namesOtherWord reports whether norm writes word other and not own, two
// different words on the same side of two list members' numbers.
func namesOtherWord(own, other, norm string) bool {
	if own == "" || other == "" || own == other {
		return false
	}
	return writesWord(norm, rag.Normalize(other)) && !writesWord(norm, rag.Normalize(own))
}

// writesWord reports whether norm writes word, or a two-character verb's
// first character with 了 for it. WHY: 签了 says 签约 short ("新签了87个"),
// as 投了 says 投资.
func writesWord(norm, word string) bool {
	if strings.Contains(norm, word) {
		return true
	}
	rs := []rune(word)
	return len(rs) == 2 && strings.Contains(norm, string(rs[0])+"了")
}
