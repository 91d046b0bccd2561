package rag

// moneySumNouns name a sum of money and nothing counted: 总额 is left
// out, as 进出口总额 and 零售总额 are indicators by that name.
var moneySumNouns = []string{"金额", "投资额", "总投资", "多少钱"}

// asksSumOfMoney reports whether a question ends asking a sum of money by
// its noun ("19个项目总金额多少", "这些项目总投资"): a count of the
// projects (19个) is no amount, though the question's other words name it.
func asksSumOfMoney(norm string) bool {
	return endsWithAny(amountTail(norm), moneySumNouns)
}
