package rag_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A conversation read as people hold one: follow-ups inherit the last
// question's period, place, topic and target, and change what they name.
func TestFollowUps(t *testing.T) {
	eng := fullEngine(t)
	c := rag.Converse(rag.Cached(eng, 64), eng, rag.NewMemoryConversations(16, nil))
	ctx := context.Background()
	for _, conv := range []struct {
		name  string
		turns []struct{ q, read, want string }
	}{
		{"the year before", []struct{ q, read, want string }{
			{"今年GDP目标是多少", "", "5.5%左右"},
			{"那去年呢？", "去年", "3.5%左右"},
		}},
		{"the target after a result", []struct{ q, read, want string }{
			{"去年进出口总额增长了多少？", "", "39.7%"},
			{"那今年的目标呢？", "今年", "6%"},
		}},
		{"another place", []struct{ q, read, want string }{
			{"今年GDP目标是多少", "", "5.5%左右"},
			{"锦州呢", "锦州", "锦州"},
		}},
		{"an item of a list", []struct{ q, read, want string }{
			{"2025年要重点做好哪八个方面工作？", "", "狠抓有效需求"},
			{"第二条展开说说", "狠抓创新赋能", "推动创新能力持续提升"},
		}},
		{"more detail", []struct{ q, read, want string }{
			{"公交车今年计划买多少", "", "132台"},
			{"具体说说", "第54段", "线上响应式公交"},
		}},
		{"another topic, same period", []struct{ q, read, want string }{
			{"去年进出口总额增长了多少？", "", "39.7%"},
			{"那固定资产投资呢", "固定资产投资", "20%以上"},
		}},
		{"English", []struct{ q, read, want string }{
			{"How much did foreign trade grow in 2024?", "", "39.7%"},
			{"what about fixed-asset investment?", "fixed-asset", "20%以上"},
		}},
		{"a new question is no follow-up", []struct{ q, read, want string }{
			{"去年进出口总额增长了多少？", "", "39.7%"},
			{"今年城镇新增就业目标是多少人？", "", "1.9万人"},
		}},
		{"a what-question in generic words is no follow-up", []struct{ q, read, want string }{
			{"去年进出口总额增长了多少？", "", "39.7%"},
			{"2025年有哪些重点工作", "", "狠抓有效需求"},
			{"那去年呢？", "去年重点工作", "精准施策稳增长"},
		}},
		{"the growth stays the growth", []struct{ q, read, want string }{
			{"2024年进出口总额增长了多少？", "", "39.7%"},
			{"那今年的目标呢？", "进出口总额增长", "6%"},
			{"那去年呢？", "进出口总额增长", "39.7%"},
		}},
		{"the growth of the last figure", []struct{ q, read, want string }{
			{"去年进出口总额是多少", "", "147亿元"},
			{"那增速呢？", "进出口总额增速", "39.7%"},
		}},
		{"the rank of the last figure", []struct{ q, read, want string }{
			{"2024年固定资产投资涨了多少", "", "20%以上"},
			{"排名呢", "固定资产投资排名", "全省第一"},
		}},
		{"a district after 那, which the dictionary joins to 大", []struct{ q, read, want string }{
			{"兴隆台区今年有哪些项目", "", "兴隆台区"},
			{"那大洼区呢", "大洼区", "大洼"},
		}},
		{"English, another year", []struct{ q, read, want string }{
			{"What are the main tasks for 2025?", "", "¶26"},
			{"what about 2024?", "for 2024", "¶8"},
		}},
	} {
		t.Run(conv.name, func(t *testing.T) {
			id := "test:" + conv.name
			for _, tc := range conv.turns {
				a, err := c.Ask(ctx, rag.Query{Text: tc.q, Conversation: id})
				if err != nil {
					t.Fatal(err)
				}
				if a.Question != tc.q {
					t.Errorf("%q: answer's question %q", tc.q, a.Question)
				}
				read := ""
				if a.Understood != nil && a.Understood.FollowUp {
					read = a.Understood.Read
				}
				if tc.read == "" && read != "" || !strings.Contains(read, tc.read) {
					t.Errorf("%q read as %q, want it to hold %q", tc.q, read, tc.read)
				}
				if !strings.Contains(a.Answer, tc.want) {
					t.Errorf("%q (read %q): answer lacks %q:\n%s", tc.q, read, tc.want, a.Answer)
				}
			}
		})
	}
	// Without a conversation, a follow-up has nothing to follow.
	a, err := c.Ask(ctx, rag.Query{Text: "那去年呢？"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Understood != nil && a.Understood.FollowUp {
		t.Errorf("a follow-up outside a conversation was read as %q", a.Understood.Read)
	}
}
