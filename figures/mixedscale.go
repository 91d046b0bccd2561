package figures

import "math"

// mixedScales joins the pieces of one amount a question writes in
// descending scales, 2亿6300万 or 1万1千5百人, which the scanner reads as
// separate figures (2亿, 6300万): taken apart, "2亿" would be "corrected"
// against the report's 2.63亿元 though the whole is the report's figure.
func mixedScales(rs []rune, ms []Mention) []Mention {
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		exp := trailingScale(a)
		if exp == 0 || b.Start != a.End || b.Value.Qualifier != "" && b.Value.Qualifier != a.Value.Qualifier {
			continue
		}
		part, end := hundredsAfter(rs, b)
		if part.Number <= 0 || part.Number >= math.Pow10(exp) || part.Max != part.Number {
			continue
		}
		v := a.Value
		v.Number += part.Number
		v.Max = v.Number
		v.Unit = part.Unit
		ms[i] = Mention{Start: a.Start, End: end, Text: string(rs[a.Start:end]), Value: v}
		ms = append(ms[:i+1], ms[i+2:]...)
		i-- // 1万1千 may go on with 5百人
	}
	return ms
}

// trailingScale is the power of ten of the scale character an amount with
// no unit ends in (2亿 → 8, 1千 → 3), 0 when it ends otherwise.
func trailingScale(m Mention) int {
	rs := []rune(m.Text)
	if m.Value.Unit != "" || m.Value.Max != m.Value.Number || len(rs) == 0 {
		return 0
	}
	switch rs[len(rs)-1] {
	case '亿':
		return 8
	case '万':
		return 4
	case '千':
		return 3
	case '百':
		return 2
	}
	return 0
}

// hundredsAfter is b's value with a 百 the scanner leaves behind a bare
// digit (the 5百人 of 1万1千5百人) applied, and its unit; b's own
// otherwise, with where the amount ends.
func hundredsAfter(rs []rune, b Mention) (Value, int) {
	v, end := b.Value, b.End
	if v.Unit != "" || trailingScale(b) != 0 || end >= len(rs) || rs[end] != '百' {
		return v, end
	}
	v.Number, v.Max = v.Number*100, v.Max*100
	end++
	if u := unitAt(rs, end); u != "" {
		v.Unit = units[u]
		end += len([]rune(u))
	}
	return v, end
}
