package rag

// shareMoneyAsks are the words of an English question asking a sum of
// money, which a share or rate never is.
var shareMoneyAsks = []string{"revenue", "revenues", "income", "output value", "sales", "spending", "funds", "funding"}

// rateAsked are the words a question asks a share or rate by: then a %
// figure may answer it.
var rateAsked = []string{"率", "比重", "占比", "份额", "比例", "百分", "%", "rate", "share", "ratio", "percent", "proportion",
	// English asks a change in words AsksChange may not read: "should spending grow".
	"grow", "growth", "rise", "increase", "fall", "decline", "drop"}

// shareForMoney reports whether figure part p is a share or rate whose
// indicator names no amount (化工精细化率48%) where the question asks an
// amount of money (营业收入, revenue) and no change or rate: it measures
// another thing than was asked.
func (d *Draft) shareForMoney(p Part) bool {
	if p.Figure == nil || p.Figure.Unit != "%" || containsAny(d.norm, rateAsked) || AsksChange(d.norm) {
		return false
	}
	if !d.money && (d.Intent.Lang != "en" || !containsAny(d.norm, shareMoneyAsks)) {
		return false
	}
	ind := Normalize(p.Figure.Indicator)
	return !containsAny(ind, moneyNouns) && !containsAny(ind, outlayNouns)
}

// outlayNouns name money spent (研发经费, 财政支出): a rate of one is how
// that sum moved, the spending asked, as a rate of 收入 is.
var outlayNouns = []string{"经费", "支出"}
