package rag

import "testing"

// A clause in which the asker tells about themselves, with a number, is
// context: dropped. The city said as "we", hearsay, a clause that asks and
// the last clause stay.
func TestDropAboutAsker(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"我家有3口人，今年就业目标是多少", "今年就业目标是多少"},
		{"我开了15年出租车，今年买多少公交车", "今年买多少公交车"},
		{"我2023年来的盘锦，去年GDP增长多少", "去年GDP增长多少"},
		{"我们村有500口人，今年多少农村居民喝上同源水", "今年多少农村居民喝上同源水"},
		{"咱家2个孩子, 今年托位多少", "今年托位多少"},
		{"我今年30岁，今年就业目标多少", "今年就业目标多少"},
		{"我家有孩子，今年托位多少", "我家有孩子，今年托位多少"},                   // no number: may name the topic
		{"我市GDP增长3.5%，对吧", "我市GDP增长3.5%，对吧"},               // the report's own voice
		{"我们盘锦GDP增长5%，今年呢", "我们盘锦GDP增长5%，今年呢"},             // the city said as "we"
		{"咱这GDP增长5%，对不对", "咱这GDP增长5%，对不对"},                 // likewise
		{"我听说GDP增长5%，对吧", "我听说GDP增长5%，对吧"},                 // hearsay is a claim
		{"我记得去年增长3.5%，今年多少", "我记得去年增长3.5%，今年多少"},           // likewise
		{"我家暖气费多少钱一年，涨了吗", "我家暖气费多少钱一年，涨了吗"},               // it asks
		{"去年实际到位内资451.5亿元，我没记错吧", "去年实际到位内资451.5亿元，我没记错吧"}, // last clause
		{"我们公司在考虑扩大业务，去年集装箱吞吐量增长了多少", "去年集装箱吞吐量增长了多少"},     // the asker's firm
		{"我们公司在考虑扩大业务", "我们公司在考虑扩大业务"},                     // nothing follows
		{"我有5辆车", "我有5辆车"},                                 // nothing follows
	} {
		if got := dropAboutAsker(c.in); got != c.want {
			t.Errorf("dropAboutAsker(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A clause telling what the asker sees changing is context when the
// question names its subject again; else, or when it asks or claims, it
// stays.
func TestDropObserved(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"最近路上公交车越来越多了，去年新买了多少台公交车？", "去年新买了多少台公交车？"},
		{"这两年游客越来越多，去年游客接待量多少", "去年游客接待量多少"},
		{"公交车越来越多了，去年买了多少台？", "公交车越来越多了，去年买了多少台？"}, // the only word of the topic
		{"空气越来越好了吗，PM2.5多少", "空气越来越好了吗，PM2.5多少"},   // it asks
		{"我听说游客越来越多，去年游客多少", "我听说游客越来越多，去年游客多少"},   // hearsay
		{"去年公交车越来越多", "去年公交车越来越多"},                 // nothing follows
	} {
		if got := dropObserved(c.in); got != c.want {
			t.Errorf("dropObserved(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
