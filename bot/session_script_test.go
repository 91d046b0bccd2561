package bot

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/telegramtest"
)

// sessionScript is a day of the bot in Telegram: residents and staff in
// private chats and a work group, asking, following up, chatting,
// correcting themselves, sending pictures, searching, and one person
// asking faster than the limit.
func sessionScript() []step {
	at := "@" + telegramtest.BotUsername + " "
	long := strings.Repeat("我想详细了解一下盘锦市今年在民生方面的安排，", 100) // 2100 characters
	s := []step{
		{who: pAlice, text: "/start", kind: "command", want: []string{"直接发文字提问"}},
		{who: pAlice, text: "你好", kind: "smalltalk"},
		{who: pAlice, text: "今年GDP目标是多少", kind: "question", label: "gdp", want: []string{"5.5%左右", "¶23"}},
		{who: pAlice, text: "那去年呢？", kind: "followup", want: []string{"3.5%左右", "¶6"}},
		{who: pAlice, text: "锦州呢", kind: "followup", want: []string{"锦州"}},
		{who: pAlice, text: "2024年进出口总额增长了多少？", kind: "question", want: []string{"39.7%", "¶6"}},
		{who: pAlice, text: "那今年的目标呢？", kind: "followup", want: []string{"6%", "¶23"}},
		{who: pAlice, text: "👍", kind: "smalltalk"},
		{who: pAlice, text: "今年要重点做好哪些方面的工作？", kind: "question", label: "tasks", want: []string{"¶26", "¶65"}},
		{who: pAlice, text: "第二条展开说说", kind: "followup", want: []string{"¶33"}},
		{who: pAlice, tap: "👍", reply: "gdp", kind: "tap", want: []string{"👍 1 ✓"}},
		{who: pAlice, text: "谢谢", kind: "smalltalk"},
		{who: pAlice, text: "盘锦的房价是多少", kind: "question", label: "house"},
		{who: pAlice, text: "盘锦今年买多少公交车", kind: "question", edit: "house", want: []string{"132台"}},
		{who: pAlice, text: "去年取得了哪些成绩", kind: "question", label: "achieve"},
		{who: pAlice, text: "民生实事有哪些", kind: "question"},
		{who: pAlice, text: "具体说说", kind: "followup"},
		{who: pAlice, text: "这张图里说的港口集装箱吞吐量增长了多少？", caption: true, kind: "question", want: []string{"1.9%"}},
		{who: pAlice, sticker: true, kind: "media", want: []string{"文字"}},
		{who: pAlice, text: long, kind: "command", want: []string{"太长"}},
		{who: pAlice, text: "/search 公交车", kind: "command", want: []string{"¶11", "¶54"}},
		{who: pAlice, text: "/search 房价", kind: "command", want: []string{"没有与“房价”相关"}},
		{who: pAlice, text: "进出口", kind: "inline", want: []string{"¶6"}},
		{who: pAlice, text: "房价", kind: "inline", want: []string{"没有“房价”"}},
		{who: pAlice, text: "", kind: "inline"},
		{who: pAlice, text: "就业", kind: "question", fail429: 4, want: []string{"2.04万人", "1.9万人"}},
		{who: pAlice, text: "今年政府要做哪些工作", kind: "question", want: []string{"¶26"}},

		{who: pBob, group: true, text: "/start", kind: "command", notWant: []string{"直接发文字"}, want: []string{"@"}},
		{who: pBob, group: true, text: at + "今年GDP目标是多少", kind: "question", label: "g-gdp", want: []string{"5.5%左右"}},
		{who: pCarol, group: true, text: at + "2024年进出口总额增长了多少？", kind: "question", label: "g-trade", want: []string{"39.7%"}},
		{who: pBob, group: true, text: "那今年的目标呢？", reply: "g-trade", kind: "followup", want: []string{"6%", "¶23"}, notWant: []string{"5.5%左右"}},
		{who: pCarol, group: true, text: "那去年呢？", reply: "g-gdp", kind: "followup", want: []string{"3.5%左右", "¶6"}},
		{who: pBob, group: true, text: "谢谢！", reply: "g-trade", kind: "smalltalk", silent: true},
		{who: pBob, group: true, text: "今天开会别迟到", kind: "chatter", silent: true},
		{who: pCarol, group: true, text: at + "你是谁", kind: "smalltalk"},
		{who: pCarol, group: true, text: at + "👍", kind: "smalltalk", silent: true},

		{who: pDave, text: "/start", kind: "command", want: []string{"Just type a question"}},
		{who: pDave, text: "What is the GDP growth target for 2025?", kind: "question", want: []string{"5.5%", "¶23"}},
		{who: pDave, text: "what about exports?", kind: "followup", want: []string{"¶23"}},
		{who: pDave, text: "/help", kind: "command", want: []string{"How to ask"}},
		{who: pDave, text: "你好", kind: "smalltalk", want: []string{"Tap a question"}},
	}
	// Erin asks a question every 10 seconds: the 21st is past the limit.
	for i := 0; i < 21; i++ {
		q := fmt.Sprintf("%d年%s是多少", 2024+i%2, []string{"地区生产总值增长", "进出口总额增长", "一般公共预算收入增长", "城镇新增就业", "固定资产投资增长", "社会消费品零售总额增长", "粮食产量"}[i%7])
		st := step{who: pErin, text: q, kind: "question", advance: 10 * time.Second, burst: true}
		if i == 0 {
			st.advance = 0
		}
		if i == 20 {
			st.kind, st.label, st.want = "command", "late", []string{"这个问题我会在17:12回答"}
		}
		s = append(s, st)
	}
	s = append(s,
		step{who: pErin, text: "👍", kind: "smalltalk"},
		step{kind: "clock", deferred: "late", until: "17:12", want: []string{"110万吨左右", "¶11"}},
	)
	return s
}

// multiSessionScript is the bot with several reports loaded (the seed
// and testdata/seeds): a question several reports answer is asked back
// with a button per report, a tap (by the asker, or by someone else in
// the group) answers it from that report, a typed place answers it too,
// last year's targets are set beside their results, two places side by
// side, and a choice button a day old no longer works.
func multiSessionScript() []step {
	at := "@" + telegramtest.BotUsername + " "
	return []step{
		{who: pAlice, text: "地区生产总值增长目标是多少", kind: "question", label: "which", want: []string{"请问是哪一份"}, notWant: []string{"没有找到"}},
		{who: pAlice, tap: "2024年示例市政府工作报告", reply: "which", kind: "tap", want: []string{"5%左右", "demo-2024 ¶7"}},
		{who: pAlice, text: "城镇新增就业目标多少", kind: "followup", want: []string{"demo-2024"}, notWant: []string{"panjin-2025"}},
		{who: pBob, group: true, text: at + "地区生产总值增长目标是多少", kind: "question", label: "g-which", want: []string{"请问是哪一份"}},
		{who: pCarol, group: true, tap: "2025年盘锦市政府工作报告", reply: "g-which", kind: "tap", want: []string{"5.5%左右", "panjin-2025 ¶23"}},
		{who: pErin, text: "地区生产总值增长目标是多少", kind: "question", want: []string{"请问是哪一份"}},
		{who: pErin, text: "盘锦", kind: "followup", want: []string{"5.5%左右", "panjin-2025 ¶23"}},
		{who: pCarol, text: "盘锦去年的目标完成了吗", kind: "question", label: "track", want: []string{"【2024年目标→结果】地区生产总值增长：目标6%左右〔panjin-2024 ¶14〕，结果3.5%左右〔panjin-2025 ¶6〕——未完成", "…还有 22 条"}},
		{who: pCarol, tap: "更多 ▾", reply: "track", kind: "tap", want: []string{"信访总量下降：目标10%〔panjin-2024 ¶27〕，结果25.8%〔panjin-2025 ¶13〕——完成"}},
		{who: pAlice, text: "盘锦去年的目标完成了吗", kind: "question", want: []string{"【2024年目标→结果】"}},
		{who: pAlice, text: "盘锦和示例市的地区生产总值增长目标分别是多少", kind: "question", want: []string{"《2025年盘锦市政府工作报告》", "《2024年示例市政府工作报告》", "5.5%左右", "5%左右"}},
		{who: pDave, text: "Did Panjin meet last year's targets?", kind: "question", want: []string{"【2024 target → result】地区生产总值增长: target 6%左右〔panjin-2024 ¶14〕, result 3.5%左右〔panjin-2025 ¶6〕 — not met"}},
		{who: pFrank, text: "What is the GDP growth target?", kind: "question", label: "en-which", want: []string{"Which one do you mean"}},
		{who: pFrank, tap: "2025年盘锦市政府工作报告", reply: "en-which", kind: "tap", want: []string{"5.5%", "panjin-2025 ¶23"}},
		{who: pAlice, tap: "2025年盘锦市政府工作报告", reply: "which", kind: "tap", advance: 25 * time.Hour, want: []string{"这个按钮已失效"}},
	}
}

func newSessionRun(t *testing.T, l *live) *sessionRun {
	return &sessionRun{t: t, l: l, msgID: 1, userMsgs: map[string]userMsg{}, botMsgs: map[string]botMsg{}, updates: map[string]int64{}, kinds: map[string][]string{}}
}

// TestScriptedSession plays the script through the strict fake against
// the real engine and compares what people read with
// testdata/session.golden; it checks the targets (no refusal of small
// talk, no silent drop, follow-ups with the right figure and paragraph,
// median answer ≤ 12 lines on a 30-character phone screen) and logs the
// measurements. go test ./bot -run TestScriptedSession -update rewrites
// the golden file.
func TestScriptedSession(t *testing.T) {
	r := newSessionRun(t, newLive(t))
	steps := sessionScript()
	updates := 0
	for _, s := range steps {
		if s.kind != "clock" {
			updates++
		}
	}
	if updates < 40 {
		t.Fatalf("%d updates, want at least 40", updates)
	}
	r.run(steps)
	shown, full := medians(r.answers)
	over, longest := 0, 0
	var calm []answerLines // without the burst of like figure questions
	for _, a := range r.answers {
		if a.shown > 12 {
			over++
		}
		longest = max(longest, a.shown)
		if !a.burst {
			calm = append(calm, a)
		}
	}
	calmShown, calmFull := medians(calm)
	fmt.Fprintf(&r.out, "\n── measured: %d updates; %d answers on a %d-character phone screen: median %.1f lines shown (%.1f with every quote expanded), longest %d, %d over 12; without the burst (%d answers): median %.1f shown (%.1f expanded); %d small talk, %d follow-ups; targets missed: %d\n",
		updates, len(r.answers), phoneWidth, shown, full, longest, over, len(calm), calmShown, calmFull, len(r.kinds["smalltalk"]), len(r.kinds["followup"]), len(r.problems))
	for _, p := range r.problems {
		fmt.Fprintf(&r.out, "   MISSED %s\n", p)
	}
	for _, k := range r.known {
		fmt.Fprintf(&r.out, "   KNOWN %s\n", k)
	}
	t.Logf("session: %d updates, %d answers, median %.1f lines shown (%.1f expanded), longest %d, %d over 12; without the burst median %.1f (%.1f); problems %d",
		updates, len(r.answers), shown, full, longest, over, calmShown, calmFull, len(r.problems))
	// The same bot with several reports loaded, measured apart.
	m := newSessionRun(t, newLiveWith(t, multiEngine(t)))
	fmt.Fprintf(&r.out, "\n── several reports loaded: the seed and testdata/seeds (panjin-2024, demo-2024)\n")
	m.run(multiSessionScript())
	r.out.WriteString(m.out.String())
	for _, p := range m.problems {
		fmt.Fprintf(&r.out, "   MISSED %s\n", p)
	}
	for _, k := range m.known {
		fmt.Fprintf(&r.out, "   KNOWN %s\n", k)
	}
	golden(t, "session.golden", r.out.String())
	for _, p := range append(r.problems, m.problems...) {
		t.Error(p)
	}
	if shown > 12 || calmShown > 12 {
		t.Errorf("median answer %.1f lines on a phone (%.1f without the burst), want at most 12", shown, calmShown)
	}
}
