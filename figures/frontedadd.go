package figures

import "unicode"

// A claim may put 新增 before the thing it counts ("去年新增河蟹电商商户85家吗")
// as surely as right before the number (商户新增85家): either way it says
// the number is an increase. Where the report gives that number as a level
// (入驻商户达到85家), the claim misreads a total as what was added, and
// the level check must read the 新增 wherever the claim's clause puts it.

// frontedAdds are words that, opening the noun a figure counts, state
// the figure as an addition.
var frontedAdds = []string{"新增"}

// maxFrontedNoun is how many characters the counted noun may run between
// a fronted 新增 and its number.
const maxFrontedNoun = 14

// frontedAdded is the direction and words of a 新增 opening the noun of
// stated figure m within its clause (1, "新增跨境电商企业70家"); 0 and
// m.Text when none does. A digit between them belongs to another figure.
func frontedAdded(rs []rune, m Mention) (int, string) {
	for i := m.Start - 1; i >= 0 && m.Start-i <= maxFrontedNoun; i-- {
		if isClauseMark(rs[i]) || unicode.IsDigit(rs[i]) || rs[i] == '、' {
			break
		}
		for _, w := range frontedAdds {
			n := len([]rune(w))
			if i+n < m.Start && string(rs[i:i+n]) == w {
				if containsAnyOf(string(rs[i+n:m.Start]), statedLevels...) {
					return 0, m.Text // 新增以后达到70家: the claim states the level itself
				}
				return 1, string(rs[i:m.End])
			}
		}
	}
	return 0, m.Text
}

// statedLevels, between a fronted 新增 and its number, state the number as
// the level reached (新增到70家, 新增学位后普惠率达到90.6%), so the claim
// misreads nothing.
var statedLevels = []string{"达到", "达", "到", "累计", "总数", "总共", "一共", "共", "合计", "总计"}
