package rag_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
)

func TestIngestSeedParagraphCount(t *testing.T) {
	r := loadSeed(t)
	if got := len(r.Paragraphs); got != seedParagraphs {
		t.Fatalf("seed has %d paragraphs, want %d (¶N = N-th non-empty line)", got, seedParagraphs)
	}
	for i, p := range r.Paragraphs {
		if p.N != i+1 {
			t.Errorf("Paragraphs[%d].N = %d, want %d", i, p.N, i+1)
		}
		if p.Report != seedID {
			t.Errorf("¶%d: Report = %q, want %q", p.N, p.Report, seedID)
		}
		if p.Text != strings.TrimSpace(p.Text) || p.Text == "" {
			t.Errorf("¶%d: Text %q is empty or not trimmed", p.N, p.Text)
		}
	}
	// ¶N is the N-th line that has something other than white space.
	n := 0
	for _, line := range strings.Split(readSeedText(t), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		n++
		if n > len(r.Paragraphs) {
			break
		}
		if got := r.Paragraphs[n-1].Text; got != strings.TrimSpace(line) {
			t.Errorf("¶%d: Text %q, want trimmed line %q", n, trunc(got), trunc(line))
		}
	}
	if n != seedParagraphs {
		t.Errorf("independent count of non-empty lines = %d, want %d", n, seedParagraphs)
	}
}

func readSeedText(t testing.TB) string {
	t.Helper()
	b, err := seeds.FS.ReadFile("panjin-2025-government-work-report.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestIngestSeedSpotChecks(t *testing.T) {
	r := loadSeed(t)
	const partOne, partTwo = "一、2024年工作回顾", "二、2025年工作安排"
	tests := []struct {
		n       int
		kind    rag.ParaKind
		prefix  string // Text starts with this
		part    string
		section string // "" = no section
		lead    string
	}{
		{n: 1, kind: rag.ParaBody, prefix: "——2025年1月8日"},
		{n: 2, kind: rag.ParaBody, prefix: "市长 邢"},
		{n: 3, kind: rag.ParaBody, prefix: "各位代表："},
		{n: 5, kind: rag.ParaPart, prefix: partOne, part: partOne},
		{n: 8, kind: rag.ParaSection, prefix: "（一）精准施策稳增长", part: partOne, section: "（一）精准施策稳增长，提振经济取得新成效"},
		{n: 20, kind: rag.ParaPart, prefix: partTwo, part: partTwo},
		{n: 23, kind: rag.ParaBody, prefix: "全市经济社会发展的主要预期目标是", part: partTwo},
		{n: 26, kind: rag.ParaSection, prefix: "（一）狠抓有效需求", part: partTwo},
		{n: 27, kind: rag.ParaBody, prefix: "强化项目支撑。", part: partTwo, lead: "强化项目支撑"},
		{n: 77, kind: rag.ParaLink, prefix: "解读：", part: partTwo},
	}
	for _, tc := range tests {
		p, err := r.Paragraph(tc.n)
		if err != nil {
			t.Fatalf("Paragraph(%d): %v", tc.n, err)
		}
		if p.Kind != tc.kind {
			t.Errorf("¶%d: Kind %d, want %d (%q)", tc.n, p.Kind, tc.kind, trunc(p.Text))
		}
		if !strings.HasPrefix(p.Text, tc.prefix) {
			t.Errorf("¶%d: Text %q, want prefix %q", tc.n, trunc(p.Text), tc.prefix)
		}
		if p.Part != tc.part {
			t.Errorf("¶%d: Part %q, want %q", tc.n, p.Part, tc.part)
		}
		if tc.section != "" && p.Section != tc.section {
			t.Errorf("¶%d: Section %q, want %q", tc.n, p.Section, tc.section)
		}
		if p.Lead != tc.lead {
			t.Errorf("¶%d: Lead %q, want %q", tc.n, p.Lead, tc.lead)
		}
		if p.Quotable() != (tc.kind != rag.ParaLink) {
			t.Errorf("¶%d: Quotable() = %v", tc.n, p.Quotable())
		}
	}
	// ¶2 is the speaker line "市长 邢\u00a0 鹏": NBSP and space inside the name
	// survive in Text (quotes are verbatim) and vanish under Normalize.
	p2, _ := r.Paragraph(2)
	if !strings.Contains(p2.Text, "\u00a0") || !strings.HasSuffix(p2.Text, "鹏") {
		t.Errorf("¶2 = %q, want the speaker line with an NBSP inside 邢 鹏", p2.Text)
	}
	if got := rag.Normalize(p2.Text); got != "市长邢鹏" {
		t.Errorf("Normalize(¶2) = %q, want %q (space between Han dropped)", got, "市长邢鹏")
	}
	if want := "一、2024年工作回顾 › （一）精准施策稳增长，提振经济取得新成效"; r.Paragraphs[7].Path() != want {
		t.Errorf("¶8 Path() = %q, want %q", r.Paragraphs[7].Path(), want)
	}
	if want := partTwo + " › （一）狠抓有效需求，奋力在推动经济稳定增长上勇争先、走在前 › 强化项目支撑"; r.Paragraphs[26].Path() != want {
		t.Errorf("¶27 Path() = %q, want %q", r.Paragraphs[26].Path(), want)
	}
	for _, n := range []int{0, -1, seedParagraphs + 1} {
		if _, err := r.Paragraph(n); err == nil {
			t.Errorf("Paragraph(%d): no error", n)
		}
	}
}

func TestIngestSeedPeriods(t *testing.T) {
	r := loadSeed(t)
	for _, p := range r.Paragraphs {
		var want rag.Period
		switch {
		case p.N >= seedPartOne && p.N < seedPartTwo:
			want = rag.Period{Kind: rag.PeriodResult, Year: 2024}
		case p.N >= seedPartTwo && p.N < seedLink:
			want = rag.Period{Kind: rag.PeriodPlan, Year: 2025}
		case p.N < seedPartOne:
			want = rag.Period{}
		default:
			continue // the link line's period does not matter: it is never quoted
		}
		if p.Period != want {
			t.Errorf("¶%d: Period %+v, want %+v (%q)", p.N, p.Period, want, trunc(p.Text))
		}
	}
	labels := []struct {
		p                rag.Period
		str, label, engl string
	}{
		{rag.Period{Kind: rag.PeriodResult, Year: 2024}, "2024-result", "2024年结果", "2024 result"},
		{rag.Period{Kind: rag.PeriodPlan, Year: 2025}, "2025-plan", "2025年目标", "2025 target/plan"},
		{rag.Period{}, "", "", ""},
	}
	for _, tc := range labels {
		if got := tc.p.String(); got != tc.str {
			t.Errorf("%+v.String() = %q, want %q", tc.p, got, tc.str)
		}
		if got := tc.p.Label(); got != tc.label {
			t.Errorf("%+v.Label() = %q, want %q", tc.p, got, tc.label)
		}
		if got := tc.p.EnglishLabel(); got != tc.engl {
			t.Errorf("%+v.EnglishLabel() = %q, want %q", tc.p, got, tc.engl)
		}
		b, _ := tc.p.MarshalText()
		if string(b) != tc.str {
			t.Errorf("%+v.MarshalText() = %q, want %q", tc.p, b, tc.str)
		}
	}
}

func TestIngestVersion(t *testing.T) {
	r := loadSeed(t)
	sum := sha256.Sum256([]byte(readSeedText(t)))
	if want := hex.EncodeToString(sum[:]); r.Version != want {
		t.Errorf("Version = %s, want sha256 hex %s", r.Version, want)
	}
	// Any change in the text, even white space, is a new version.
	a, err := rag.Ingest(rag.Meta{ID: "x"}, []byte("甲。\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := rag.Ingest(rag.Meta{ID: "x"}, []byte("甲。\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Version == b.Version || len(a.Version) != 64 {
		t.Errorf("versions %q and %q: want two different 64-digit hex sums", a.Version, b.Version)
	}
}

func TestIngestErrors(t *testing.T) {
	big := bytes.Repeat([]byte("甲"), rag.MaxReportBytes/3+1) // 3 bytes a rune: just over the limit
	tests := []struct {
		name string
		meta rag.Meta
		text []byte
		want string // substring of the error
	}{
		{"empty", rag.Meta{ID: "r"}, nil, "no text"},
		{"empty string", rag.Meta{ID: "r"}, []byte(""), "no text"},
		{"white space only", rag.Meta{ID: "r"}, []byte(" \n\t\r\n\u3000\u3000\n\u00a0\n"), "no text"},
		{"invalid UTF-8", rag.Meta{ID: "r"}, []byte("甲乙\xff\xfe丙"), "UTF-8"},
		{"truncated rune", rag.Meta{ID: "r"}, []byte("甲")[:2], "UTF-8"},
		{"missing id", rag.Meta{Title: "t"}, []byte("甲。"), "id"},
		{"over MaxReportBytes", rag.Meta{ID: "r"}, big, "limit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := rag.Ingest(tc.meta, tc.text)
			if err == nil {
				t.Fatalf("Ingest: no error, got %d paragraphs", len(r.Paragraphs))
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Ingest error %q does not mention %q", err, tc.want)
			}
			if r != nil {
				t.Errorf("Ingest returned a report with an error")
			}
		})
	}
	// Exactly at the limit is allowed.
	atLimit := append(bytes.Repeat([]byte("甲"), (rag.MaxReportBytes-1)/3), bytes.Repeat([]byte("\n"), rag.MaxReportBytes-(rag.MaxReportBytes-1)/3*3)...)
	if len(atLimit) != rag.MaxReportBytes {
		t.Fatalf("test bug: %d bytes", len(atLimit))
	}
	if _, err := rag.Ingest(rag.Meta{ID: "r"}, atLimit); err != nil {
		t.Errorf("Ingest of exactly MaxReportBytes: %v", err)
	}
}

func TestLoadFSErrors(t *testing.T) {
	if _, err := rag.LoadFS(os.DirFS(t.TempDir())); err == nil {
		t.Error("LoadFS of an empty directory: no error")
	}
	dir := t.TempDir()
	for name, body := range map[string]string{
		"a.txt": "甲。\n", "a.yaml": "id: same\nyear: 2025\n",
		"b.txt": "乙。\n", "b.yaml": "id: same\nyear: 2025\n",
	} {
		if err := os.WriteFile(dir+"/"+name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := rag.LoadFS(os.DirFS(dir)); err == nil || !strings.Contains(err.Error(), "same") {
		t.Errorf("LoadFS with a duplicate id: error %v, want one naming the id", err)
	}
	for name, yml := range map[string]string{"bad yaml": "id: [unclosed\n", "empty id": "id: \"\"\n"} {
		dir := t.TempDir()
		if err := os.WriteFile(dir+"/r.txt", []byte("甲。\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dir+"/r.yaml", []byte(yml), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := rag.LoadFS(os.DirFS(dir)); err == nil || !strings.Contains(err.Error(), "r.") {
			t.Errorf("LoadFS with %s: error %v, want one naming the file", name, err)
		}
	}
	// Without metadata, the file name is the id and the title, and the
	// years and the city come from the text.
	dir = t.TempDir()
	text := "——2025年1月8日在某某市第九届人民代表大会第五次会议上\n一、2024年工作回顾\n甲。\n二、2025年工作安排\n乙。\n"
	if err := os.WriteFile(dir+"/plain.txt", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	rs, err := rag.LoadFS(os.DirFS(dir))
	if err != nil || len(rs) != 1 {
		t.Fatalf("LoadFS(plain.txt) = %v, %v; want one report", rs, err)
	}
	if m := rs[0].Meta; m.ID != "plain" || m.Title != "plain" || m.Year != 2025 || m.ReviewYear != 2024 || m.City != "某某市" {
		t.Errorf("LoadFS(plain.txt): metadata %+v; want id and title plain, years 2024/2025 and city 某某市 from the text", m)
	}
	// Without metadata or a year in the text, the error says what is missing.
	dir = t.TempDir()
	if err := os.WriteFile(dir+"/undated.txt", []byte("甲。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := rag.LoadFS(os.DirFS(dir)); err == nil || !strings.Contains(err.Error(), "undated.txt") || !strings.Contains(err.Error(), "year") {
		t.Errorf("LoadFS(undated.txt): error %v, want one naming the file and the missing year", err)
	}
}

// A folder of reports loads whole or not at all: each bad file is an error
// naming it, all of them at once.
func TestLoadFSBadInput(t *testing.T) {
	const good = "一、2023年工作回顾\n甲增长5%。\n二、2024年工作安排\n乙增长6%。\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string // in the error, in this order
	}{
		{"unknown key", map[string]string{"r.txt": good, "r.yaml": "id: r\nyaer: 2024\n"}, []string{"r.yaml", "yaer"}},
		{"malformed yaml", map[string]string{"r.txt": good, "r.yaml": "id: [r\n"}, []string{"r.yaml"}},
		{"not UTF-8", map[string]string{"r.txt": "\xff\xfe甲"}, []string{"r.txt", "UTF-8"}},
		{"no paragraphs", map[string]string{"r.txt": "\n \n\u3000\n", "r.yaml": "year: 2024\n"}, []string{"r.txt", "no text"}},
		{"headings and a link only", map[string]string{"r.txt": "一、2023年工作回顾\n二、2024年工作安排\n解读：图解\n"}, []string{"r.txt", "no paragraphs of report text"}},
		{"duplicate id", map[string]string{"a.txt": good, "a.yaml": "id: x\n", "b.txt": good, "b.yaml": "id: x\n"}, []string{"a.txt and b.txt", `"x"`}},
		{"year the text contradicts", map[string]string{"r.txt": good, "r.yaml": "year: 2026\n"}, []string{"r.yaml", "year: 2026", "plans for 2024"}},
		{"review year the text contradicts", map[string]string{"r.txt": good, "r.yaml": "year: 2024\nreview_year: 2022\n"}, []string{"r.yaml", "review_year: 2022", "reviews 2023"}},
		{"no year at all", map[string]string{"r.txt": "甲。\n"}, []string{"r.txt", "no year"}},
		{"metadata without text", map[string]string{"r.txt": good, "lost.yaml": "id: lost\n"}, []string{"lost.yaml", "lost.txt"}},
		{"id not a plain name", map[string]string{"r.txt": good, "r.yaml": "id: a/b\n"}, []string{"r.yaml", `"a/b"`}},
		{"a place without a name", map[string]string{"r.txt": good, "r.yaml": "places:\n  - kind: zone\n    aliases: [x]\n"}, []string{"r.yaml", "places[0]", "no name"}},
		{"every error at once", map[string]string{"a.txt": "\xff", "b.txt": good, "b.yaml": "year: 1999\n"}, []string{"a.txt", "b.yaml"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			rs, err := rag.LoadFS(os.DirFS(dir))
			if err == nil || rs != nil {
				t.Fatalf("LoadFS = %d reports, %v; want no reports and an error", len(rs), err)
			}
			msg, at := err.Error(), 0
			for _, w := range tc.want {
				i := strings.Index(msg[at:], w)
				if i < 0 {
					t.Fatalf("error %q lacks %q (after offset %d)", msg, w, at)
				}
				at += i
			}
		})
	}
	// The good text alone loads.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "r.txt"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	if rs, err := rag.LoadFS(os.DirFS(dir)); err != nil || len(rs) != 1 {
		t.Errorf("the good report: %d reports, %v", len(rs), err)
	}
}

// The synthetic report exercises the ingest rules apart from the seed: CRLF,
// blank lines of ASCII spaces, tabs, U+3000 and NBSP, two parts, sections,
// leads, a section reset by 各位代表 and a trailing link line.
func TestIngestSynthetic(t *testing.T) {
	raw, err := os.ReadFile("testdata/testcity-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte("\r\n")) || !bytes.Contains(raw, []byte("\r\n   \r\n")) || !bytes.Contains(raw, []byte("\u00a0\r\n")) {
		t.Fatal("fixture lost its CRLF line endings or blank lines of white space (check .gitattributes)")
	}
	r := loadSynth(t)
	const partOne, partTwo = "一、2023年工作回顾", "二、2024年工作安排"
	result := rag.Period{Kind: rag.PeriodResult, Year: 2023}
	plan := rag.Period{Kind: rag.PeriodPlan, Year: 2024}
	type want struct {
		kind          rag.ParaKind
		prefix        string
		part, section string
		lead          string
		period        rag.Period
	}
	wants := []want{
		1:  {rag.ParaBody, "测试市2024年政府工作报告", "", "", "", rag.Period{}},
		2:  {rag.ParaBody, "市长 张\u00a0 三", "", "", "", rag.Period{}},
		3:  {rag.ParaBody, "各位代表：", "", "", "", rag.Period{}},
		4:  {rag.ParaPart, partOne, partOne, "", "", result},
		5:  {rag.ParaBody, "2023年，全市地区生产总值增长6.1%", partOne, "", "", result},
		6:  {rag.ParaSection, "（一）产业发展取得新突破。", partOne, "（一）产业发展取得新突破", "", result},
		7:  {rag.ParaSection, "（二）民生事业取得新进展。", partOne, "（二）民生事业取得新进展", "", result},
		8:  {rag.ParaBody, "各位代表！成绩来之不易。", partOne, "", "", result},
		9:  {rag.ParaPart, partTwo, partTwo, "", "", plan},
		10: {rag.ParaBody, "全市经济社会发展的主要预期目标是：", partTwo, "", "", plan},
		11: {rag.ParaSection, "（一）狠抓产业升级，推动高质量发展。", partTwo, "（一）狠抓产业升级，推动高质量发展", "", plan},
		12: {rag.ParaBody, "建设风电基地。", partTwo, "（一）狠抓产业升级，推动高质量发展", "建设风电基地", plan},
		13: {rag.ParaBody, "发展智慧农业。", partTwo, "（一）狠抓产业升级，推动高质量发展", "发展智慧农业", plan},
		14: {rag.ParaSection, "（二）狠抓民生保障，增进人民福祉。", partTwo, "（二）狠抓民生保障，增进人民福祉", "", plan},
		15: {rag.ParaBody, "办好民生实事。", partTwo, "（二）狠抓民生保障，增进人民福祉", "办好民生实事", plan},
		16: {rag.ParaBody, "各位代表！让我们团结一心", partTwo, "", "", plan},
		17: {rag.ParaLink, "解读：图解丨测试市", partTwo, "", "", plan},
	}
	if len(r.Paragraphs) != len(wants)-1 {
		for _, p := range r.Paragraphs {
			t.Logf("¶%d %q", p.N, p.Text)
		}
		t.Fatalf("synthetic report: %d paragraphs, want %d", len(r.Paragraphs), len(wants)-1)
	}
	for n := 1; n < len(wants); n++ {
		w, p := wants[n], r.Paragraphs[n-1]
		if p.N != n || p.Kind != w.kind || !strings.HasPrefix(p.Text, w.prefix) || p.Part != w.part ||
			p.Section != w.section || p.Lead != w.lead || p.Period != w.period {
			t.Errorf("¶%d = {N:%d Kind:%d Text:%q Part:%q Section:%q Lead:%q Period:%v},\n want {Kind:%d Text:%q… Part:%q Section:%q Lead:%q Period:%v}",
				n, p.N, p.Kind, trunc(p.Text), p.Part, p.Section, p.Lead, p.Period, w.kind, w.prefix, w.part, w.section, w.lead, w.period)
		}
		if strings.ContainsAny(p.Text, "\r\n") || p.Text != strings.TrimSpace(p.Text) {
			t.Errorf("¶%d: Text %q keeps a line ending or surrounding space", n, p.Text)
		}
	}
	if r.Meta.Year != 2024 || r.Meta.ReviewYear != 2023 || r.Meta.Title != "2024年测试市政府工作报告" {
		t.Errorf("Meta = %+v, want year 2024, review year 2023 and the YAML title", r.Meta)
	}
	sum := sha256.Sum256(raw)
	if r.Version != hex.EncodeToString(sum[:]) {
		t.Errorf("Version %s is not the sha256 of the file bytes", r.Version)
	}
	for _, e := range checkPassages(r) {
		t.Error(e)
	}
	// ¶13 is long enough to be cut into several windows.
	var p13 int
	for _, p := range r.Passages {
		if p.Para == 13 {
			p13++
		}
	}
	if p13 < 2 {
		t.Errorf("¶13 (%d runes) has %d passages, want a long paragraph cut into windows", len([]rune(r.Paragraphs[12].Text)), p13)
	}
}

// Part headings without a year take it from the metadata: reviews the
// review year (default: year-1), plans the report year.
func TestIngestPeriodFromMeta(t *testing.T) {
	text := "一、过去一年工作回顾\n甲。\n二、今年工作安排\n乙。\n三、结束语\n丙。\n"
	tests := []struct {
		meta         rag.Meta
		review, plan rag.Period
	}{
		{rag.Meta{ID: "a", Year: 2030}, rag.Period{Kind: rag.PeriodResult, Year: 2029}, rag.Period{Kind: rag.PeriodPlan, Year: 2030}},
		{rag.Meta{ID: "b", Year: 2030, ReviewYear: 2025}, rag.Period{Kind: rag.PeriodResult, Year: 2025}, rag.Period{Kind: rag.PeriodPlan, Year: 2030}},
	}
	for _, tc := range tests {
		r, err := rag.Ingest(tc.meta, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Paragraphs[1].Period; got != tc.review {
			t.Errorf("%s: review body Period %v, want %v", tc.meta.ID, got, tc.review)
		}
		if got := r.Paragraphs[3].Period; got != tc.plan {
			t.Errorf("%s: plan body Period %v, want %v", tc.meta.ID, got, tc.plan)
		}
		if got := r.Paragraphs[5].Period; got != (rag.Period{}) {
			t.Errorf("%s: a part that neither reviews nor plans has Period %v, want none", tc.meta.ID, got)
		}
	}
}
