package rag

import "testing"

func TestClaimsTotal(t *testing.T) {
	cases := []struct {
		norm   string
		period PeriodKind
		want   bool
	}{
		{"盘锦累计建成高标准农田50万亩,对吧?", PeriodNone, true},
		{"盘锦这些年累计改造了11个老旧小区吧?", PeriodNone, true},
		{"盘锦就业总人数是10万人吧", PeriodNone, true},
		{"全市共有老旧小区50个吧", PeriodNone, true},
		{"去年累计新增就业2.04万人吧", PeriodResult, false}, // a year named bounds the sum
		{"去年盘锦一共新增就业10万人吧?", PeriodResult, false},
		{"全市共新增就业2万人吧", PeriodNone, false},
	}
	for _, c := range cases {
		if got := ClaimsTotal(c.norm, c.period); got != c.want {
			t.Errorf("ClaimsTotal(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}

func TestSumOfNamed(t *testing.T) {
	cases := []struct {
		norm string
		want bool
	}{
		{"去年充电装置点和电梯阻车系统一共4442个吧", true},
		{"保交楼、保交房一共5个吧", true},
		{"全市共有老旧小区50个吧", false},
		{"盘锦高新技术企业总数有300家吧", false},
	}
	for _, c := range cases {
		if got := sumOfNamed(c.norm); got != c.want {
			t.Errorf("sumOfNamed(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}

func TestSumOfYears(t *testing.T) {
	cases := []struct {
		norm   string
		period PeriodKind
		want   bool
	}{
		{"盘锦这些年累计改造了多少个老旧小区?", PeriodResult, true}, // 了 is no year
		{"累计新签约项目多少个", PeriodNone, true},
		{"去年累计新增就业多少人", PeriodResult, false},
		{"2024年累计新增就业多少人", PeriodResult, false},
		{"全年累计新签约项目多少个", PeriodResult, false},
		// A word of summing beside the span says a sum as 累计 does; the
		// span alone with a past tense may mean lately.
		{"盘锦这些年一共新增了多少就业", PeriodResult, true},
		{"这些年总共建了多少高标准农田", PeriodResult, true},
		{"这些年修了多少公里农村公路", PeriodResult, false},
		{"去年一共新增了多少就业", PeriodResult, false},
	}
	for _, c := range cases {
		if got := sumOfYears(c.norm, c.period); got != c.want {
			t.Errorf("sumOfYears(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}
