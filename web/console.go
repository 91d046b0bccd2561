package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/storage"
)

// consoleLimit is how many rows each list of the console shows.
const consoleLimit = 20

// loginData is the login page's data.
type loginData struct {
	Token   string
	Error   string
	Enabled bool // some staff key exists
}

func (w *Web) loginPage(rw http.ResponseWriter, r *http.Request) {
	w.showLogin(rw, r, http.StatusOK, "")
}

func (w *Web) showLogin(rw http.ResponseWriter, r *http.Request, status int, msg string) {
	nonce := newNonce()
	w.setCookie(rw, r, loginCookie, nonce, 3600)
	s := consoleStrings(pickLang(r))
	w.render(rw, r, status, "login.html", frameNone, pageData{Lang: pickLang(r), S: s, Title: s["login"],
		Body: loginData{Token: w.sign("login|" + nonce), Error: msg, Enabled: len(w.staff) > 0}})
}

// login checks a staff key posted from the login form (its token proves
// the form came from this server to this browser) and starts a session.
func (w *Web) login(rw http.ResponseWriter, r *http.Request) {
	s := consoleStrings(pickLang(r))
	r.Body = http.MaxBytesReader(rw, r.Body, 4096)
	if err := r.ParseForm(); err != nil {
		w.showLogin(rw, r, http.StatusBadRequest, s["login_bad_form"])
		return
	}
	c, err := r.Cookie(cookieName(r, loginCookie))
	if err != nil || !sameOrigin(r) || !w.checkSig("login|"+c.Value, r.PostForm.Get("token")) {
		w.showLogin(rw, r, http.StatusForbidden, s["login_stale"])
		return
	}
	n := w.staffKey(r.PostForm.Get("key"))
	if n == 0 {
		w.log.Warn("console: failed staff login", "remote", r.RemoteAddr)
		w.showLogin(rw, r, http.StatusUnauthorized, s["login_wrong"])
		return
	}
	w.setCookie(rw, r, loginCookie, "", -1)
	w.startSession(rw, r, "key:"+strconv.Itoa(n))
	w.log.Info("console: staff login", "who", "key:"+strconv.Itoa(n))
	http.Redirect(rw, r, "/console", http.StatusSeeOther)
}

func (w *Web) logout(rw http.ResponseWriter, r *http.Request) {
	sess := w.staffSession(r)
	r.Body = http.MaxBytesReader(rw, r.Body, 4096)
	if sess == nil || r.ParseForm() != nil || !sameOrigin(r) || !w.checkSig("csrf|"+sess.Nonce, r.PostForm.Get("csrf")) {
		http.Error(rw, "forbidden", http.StatusForbidden)
		return
	}
	w.setCookie(rw, r, sessionCookie, "", -1)
	http.Redirect(rw, r, "/console/login", http.StatusSeeOther)
}

// requireStaff returns the session of a logged-in staff member, or sends the
// browser to the login page and returns nil.
func (w *Web) requireStaff(rw http.ResponseWriter, r *http.Request) *session {
	if s := w.staffSession(r); s != nil {
		return s
	}
	http.Redirect(rw, r, "/console/login", http.StatusSeeOther)
	return nil
}

// dashboard is the console's main page data.
type dashboard struct {
	Days       int
	DayChoices []int
	NoStore    bool
	Chart      chart
	Total      int
	Top        []storage.Count
	Unanswered []storage.Count
	Down       []downAnswer
	Track      trackView
	// Data is what console.js needs to render the answers.
	Data chatData
}

type downAnswer struct {
	storage.Voted
	Answer *rag.Answer // nil when none was recorded (older rows, the bot's)
}

// console is the staff dashboard: GET /console?days=N.
func (w *Web) console(rw http.ResponseWriter, r *http.Request) {
	sess := w.requireStaff(rw, r)
	if sess == nil {
		return
	}
	lang := pickLang(r)
	days := 30
	if n, ok := intParam(r, "days"); ok && (n == 7 || n == 30 || n == 90 || n == 365) {
		days = n
	}
	d := dashboard{Days: days, DayChoices: []int{7, 30, 90, 365}, NoStore: w.opts.Store == nil, Track: w.track(lang),
		Data: chatData{Lang: lang, S: uiStrings(lang), Multi: w.multi, Reports: w.reportLinks(), Answer: answerStrings()}}
	if st := w.opts.Store; st != nil {
		loc := w.opts.Location
		now := w.now().In(loc)
		from := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc).AddDate(0, 0, -(days - 1))
		ctx := r.Context()
		hours, err := st.QuestionsByHour(ctx, from)
		if err == nil {
			d.Chart, d.Total = dayChart(hours, from, days, loc, consoleStrings(lang))
			d.Top, err = st.TopQuestions(ctx, from, consoleLimit)
		}
		if err == nil {
			d.Unanswered, err = st.Unanswered(ctx, from, consoleLimit)
		}
		var down []storage.Voted
		if err == nil {
			down, err = st.Downvoted(ctx, from, consoleLimit)
		}
		if err != nil {
			w.log.Error("console: database", "error", err)
			w.errorPage(rw, r, http.StatusInternalServerError, "database error")
			return
		}
		for _, v := range down {
			da := downAnswer{Voted: v}
			if v.Answer != "" {
				var a rag.Answer
				if json.Unmarshal([]byte(v.Answer), &a) == nil {
					da.Answer = &a
				}
			}
			d.Down = append(d.Down, da)
		}
	}
	s := consoleStrings(lang)
	w.render(rw, r, http.StatusOK, "console.html", frameNone, pageData{Lang: lang, S: s, Title: s["console"], Staff: sess, CSRF: w.csrfToken(sess), Body: d})
}

// consoleStrings are the page words plus the console's own.
func consoleStrings(lang string) strs {
	out := strs{}
	for k, v := range uiStrings(lang) {
		out[k] = v
	}
	for k, v := range consoleUI[lang] {
		out[k] = v
	}
	return out
}

var consoleUI = map[string]strs{
	"zh": {
		"login": "工作人员登录", "key": "访问密钥", "log_in": "登录", "log_out": "退出",
		"login_off":           "未配置工作人员密钥：请设置 REPORTBOT_API_KEYS 后重启。",
		"login_wrong":         "密钥不正确。",
		"login_stale":         "登录表单已过期，请重试。",
		"login_bad_form":      "表单无法读取。",
		"questions_over_time": "每日提问数", "days": "天", "total": "共", "top": "热门问题",
		"unanswered": "未能回答的问题", "downvoted": "被点👎的回答", "times": "次数", "last": "最近",
		"question": "问题", "answer": "回答", "no_answer_kept": "（未保存回答）", "none": "暂无",
		"no_store": "没有数据库：提问和反馈不会被记录。",
		"figures":  "数字表", "export_csv": "导出 CSV", "filter": "筛选", "all": "全部",
		"kind": "类型", "kind_result": "结果", "kind_target": "目标", "kind_other": "其他",
		"report": "报告", "indicator": "指标", "value": "数值", "period": "时期", "para_col": "段落",
		"search": "指标包含", "shown_of": "显示 {n} / {m} 条",
		"track": "目标与完成情况", "track_need": "需要加载同一城市连续两年的报告，才能把当年目标与次年报告的结果对照。",
		"target": "目标", "result": "结果", "met": "完成情况", "source_web": "网页", "source_telegram": "Telegram",
		"chart_table": "数据表",
	},
	"en": {
		"login": "Staff login", "key": "Access key", "log_in": "Log in", "log_out": "Log out",
		"login_off":           "No staff key is configured: set REPORTBOT_API_KEYS and restart.",
		"login_wrong":         "Wrong key.",
		"login_stale":         "The login form expired; please try again.",
		"login_bad_form":      "The form could not be read.",
		"questions_over_time": "Questions per day", "days": "days", "total": "total", "top": "Top questions",
		"unanswered": "Unanswered questions", "downvoted": "👎 answers", "times": "Times", "last": "Last",
		"question": "Question", "answer": "Answer", "no_answer_kept": "(answer not kept)", "none": "None yet",
		"no_store": "No database: questions and votes are not recorded.",
		"figures":  "Figures", "export_csv": "Export CSV", "filter": "Filter", "all": "All",
		"kind": "Kind", "kind_result": "result", "kind_target": "target", "kind_other": "other",
		"report": "Report", "indicator": "Indicator", "value": "Value", "period": "Period", "para_col": "Paragraph",
		"search": "Indicator contains", "shown_of": "Showing {n} of {m}",
		"track": "Targets and results", "track_need": "Load two consecutive reports of one city to set each year's targets beside the next report's results.",
		"target": "Target", "result": "Result", "met": "Met?", "source_web": "web", "source_telegram": "Telegram",
		"chart_table": "Data table",
	},
}

// chart is a bar chart of questions per day, stacked by channel, drawn
// as SVG on the server: no script, no library.
type chart struct {
	Width, Height int
	Bars          []bar
	Labels        []axisLabel
	Max           int
	Days          []dayCount
	Legend        []legendEntry
}

type bar struct {
	X, Y, W, H int
	Class      string
	Title      string
}

type axisLabel struct {
	X, Y int
	Text string
}

type dayCount struct {
	Day           string
	Web, Telegram int
}

type legendEntry struct{ Class, Text string }

// chartBottom is the chart's space under the bars, for the day labels.
const chartBottom = 30

// dayChart groups hourly counts into days of loc, from from on.
func dayChart(hours []storage.HourCount, from time.Time, days int, loc *time.Location, s strs) (chart, int) {
	counts := make([]dayCount, days)
	for i := range counts {
		counts[i].Day = from.AddDate(0, 0, i).Format("2006-01-02")
	}
	total := 0
	for _, h := range hours {
		t := h.Hour.In(loc)
		i := int(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc).Sub(from).Hours()+12) / 24 // +12: DST-proof rounding
		if i < 0 || i >= days {
			continue
		}
		if h.Source == "web" || h.Source == "embed" {
			counts[i].Web += h.N
		} else {
			counts[i].Telegram += h.N
		}
		total += h.N
	}
	c := chart{Width: 720, Height: 220, Days: counts,
		Legend: []legendEntry{{"web", s["source_web"]}, {"telegram", s["source_telegram"]}}}
	for _, d := range counts {
		c.Max = max(c.Max, d.Web+d.Telegram)
	}
	const left, bottom, top = 40, chartBottom, 10
	plotH := c.Height - bottom - top
	step := float64(c.Width-left) / float64(days)
	scale := func(n int) int {
		if c.Max == 0 {
			return 0
		}
		return n * plotH / c.Max
	}
	for i, d := range counts {
		x := left + int(float64(i)*step)
		w := max(int(step*0.8), 1)
		y := c.Height - bottom
		for _, part := range []struct {
			n     int
			class string
		}{{d.Web, "web"}, {d.Telegram, "telegram"}} {
			h := scale(part.n)
			if h == 0 {
				continue
			}
			y -= h
			c.Bars = append(c.Bars, bar{X: x, Y: y, W: w, H: h, Class: part.class,
				Title: fmt.Sprintf("%s: %d (%s %d, %s %d)", d.Day, d.Web+d.Telegram, s["source_web"], d.Web, s["source_telegram"], d.Telegram)})
		}
		every := 7
		if days > 31 {
			every = 30
		}
		// A label a week (a month), and the last day's unless it would
		// touch the one before.
		if i%every == 0 || i == days-1 && i%every > every/2 {
			c.Labels = append(c.Labels, axisLabel{X: x, Y: c.Height - 10, Text: d.Day[5:]})
		}
	}
	return c, total
}
