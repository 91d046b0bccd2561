package rag

import (
	"slices"
	"strings"
)

// A claim may restate a list the report writes item by item (、) with one
// item's word changed: 降碳、减污、扩绿、增效 where ¶55 says …扩绿、增长,
// 民生为本 among 忠诚为魂、法治为基、…、清廉为本 where ¶70 says 民生为大.
// The items the two share, in the same order, pin the list; the one item
// that differs in a word of the same length, keeping the rest of its
// wording, is the asker's slip, not another list.

// minSharedItems is how many items, at least, the claim's list and the
// report's must share in place: fewer, the two may be different lists.
const minSharedItems = 2

// maxItemSwap is the longest changed word of an item, characters: a
// word (增效 for 增长), not another item.
const maxItemSwap = 2

// minEdgeShared is how many characters of its inner end a list's first or
// last item must share with the other list's to be the same item, when
// either runs on past the list (要解决群众最关心 and 用心解决群众最关心).
const minEdgeShared = 2

// listItemMarks end a clause of a list: every clause mark but the 、
// between its items.
const listItemMarks = "，。；：,;:！？!? \n“”「」（）()"

// itemSwap is the one differing item of two aligned lists: the claim's
// words and, at [s,e) of the clause, the report's; phrase is the claim's
// words with the nearest words of the item beside them in the claim
// (扩绿、增效): the report may write the item itself elsewhere (降本增效).
type itemSwap struct {
	claimed, phrase string
	s, e            int
}

// itemList is a clause's list: its text and the spans of its items.
type itemList struct {
	rs    []rune
	items []Span
}

// item is the text of the list's k-th item.
func (l itemList) item(k int) []rune { return l.rs[l.items[k].Start:l.items[k].End] }

// listItemCorrection corrects a claim that lists three or more items
// where a cited clause lists the same items in the same order but for one
// whose word is another, when the report nowhere writes the claim's item.
func (ix *Index) listItemCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	for _, claimed := range listClauses([]rune(TrimClaimTail(read))) {
		for at, c := range texts {
			for _, said := range listClauses([]rune(c.Quote)) {
				sw, ok := swappedItem(claimed, said)
				if ok && !ix.reportWrites(rep, sw.phrase) {
					return citedCorrection(c, at, sw.s, sw.e, sw.claimed, ""), true
				}
			}
		}
	}
	return Part{}, false
}

// listClauses are the lists of rs: each clause with two 、 or more and
// no empty item.
func listClauses(rs []rune) []itemList {
	var lists []itemList
	start := 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && !strings.ContainsRune(listItemMarks, rs[i]) {
			continue
		}
		items := listItems(rs[start:i])
		if len(items) >= 3 && !slices.ContainsFunc(items, func(it Span) bool { return it.Start == it.End }) {
			for k := range items {
				items[k].Start, items[k].End = items[k].Start+start, items[k].End+start
			}
			lists = append(lists, itemList{rs, items})
		}
		start = i + 1
	}
	return lists
}

// swappedItem aligns the claim's list q with the report's c at every
// offset that keeps all of q's items within c's, and returns the one item
// that differs when the others are the same.
func swappedItem(q, c itemList) (itemSwap, bool) {
	for off := 0; off+len(q.items) <= len(c.items); off++ {
		if sw, ok := swapAtOffset(q, c, off); ok {
			return sw, true
		}
	}
	return itemSwap{}, false
}

// swapAtOffset compares q's items with c's from c's item off on. The
// claim's first and last items may run on past the list (报告说要解决群众
// 最关心, 增效是这样吗), as may the report's: they are compared at their
// inner ends (edgeItems).
func swapAtOffset(q, c itemList, off int) (itemSwap, bool) {
	var sw itemSwap
	found, same := false, 0
	for k := range q.items {
		a, b, cs := q.item(k), c.item(off+k), c.items[off+k].Start
		switch {
		case k == 0 && len(a) != len(b):
			if flankBefore(a, b, len(a), len(b)) >= min(minEdgeShared, len(a), len(b)) {
				same++
				continue
			}
			n := min(len(a), len(b))
			cs += len(b) - n
			a, b = a[len(a)-n:], b[len(b)-n:]
		case k == len(q.items)-1 && len(a) != len(b):
			if flankAfter(a, b, 0, 0) >= min(minEdgeShared, len(a), len(b)) {
				same++
				continue
			}
			n := min(len(a), len(b))
			a, b = a[:n], b[:n]
		}
		if len(a) == len(b) && containsFoldRunes(a, b) {
			same++
			continue
		}
		if found || !wordSwapped(a, b) || listsItem(c, a) {
			return itemSwap{}, false
		}
		sw, found = itemSwap{claimed: string(a), phrase: withNeighbour(q, k, a), s: cs, e: cs + len(b)}, true
	}
	return sw, found && same >= minSharedItems
}

// withNeighbour is item k's words a with up to minEdgeShared characters
// of the item before it (or, for the first, after it) in list l.
func withNeighbour(l itemList, k int, a []rune) string {
	if k > 0 {
		prev := l.item(k - 1)
		return string(prev[max(0, len(prev)-minEdgeShared):]) + "、" + string(a)
	}
	next := l.item(1)
	return string(a) + "、" + string(next[:min(len(next), minEdgeShared)])
}

// wordSwapped: items a and b, of one length, differ in one run of at most
// maxItemSwap characters and share the rest (民生为本, 民生为大; an item
// of two characters may differ whole: 公开 for 透明), no figure among
// them (a figure's item is the figures check's).
func wordSwapped(a, b []rune) bool {
	if len(a) != len(b) || len(a) < 2 || hasDigit(string(a)) || hasDigit(string(b)) {
		return false
	}
	i, j := 0, len(a)
	for i < j && sameRune(a[i], b[i]) {
		i++
	}
	for j > i && sameRune(a[j-1], b[j-1]) {
		j--
	}
	return j-i <= maxItemSwap && AllHan(a[i:j]) && AllHan(b[i:j])
}

// listsItem: some item of l holds words a: the claim named an item the
// list has and skipped one (供水、供热、排水 of 供水、供热、燃气、排水),
// not a word the report lacks.
func listsItem(l itemList, a []rune) bool {
	for k := range l.items {
		if containsFoldRunes(l.item(k), a) {
			return true
		}
	}
	return false
}
