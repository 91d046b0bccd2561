package rag

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// LoadFS ingests every NAME.txt in the root of fsys, with its metadata from
// NAME.yaml when present (else the id and title are NAME). Reports come back
// sorted by file name. It loads all or nothing: a malformed file (text that
// is not UTF-8 or has no report text, YAML that does not parse or has an
// unknown key), a NAME.yaml without its NAME.txt, an id that two files
// share or that is not a plain name, metadata whose years the text
// contradicts or a report with no year at all is an error naming the file,
// and every such error is reported at once.
func LoadFS(fsys fs.FS) ([]*Report, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("load reports: %w", err)
	}
	sort.Strings(names)
	var out []*Report
	var errs []error
	seen := map[string]string{}
	type loaded struct {
		r   *Report
		err error
	}
	results := make([]loaded, len(names))
	inOrder(len(names), func(i int) loaded {
		r, err := loadOne(fsys, names[i])
		return loaded{r, err}
	}, func(i int, l loaded) { results[i] = l })
	for i, name := range names {
		r, err := results[i].r, results[i].err
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, dup := seen[r.Meta.ID]; dup {
			errs = append(errs, fmt.Errorf("%s and %s both have id %q", prev, name, r.Meta.ID))
			continue
		}
		seen[r.Meta.ID] = name
		out = append(out, r)
	}
	yamls, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("load reports: %w", err)
	}
	for _, y := range yamls {
		if _, err := fs.Stat(fsys, strings.TrimSuffix(y, ".yaml")+".txt"); err != nil {
			errs = append(errs, fmt.Errorf("%s: metadata without its report text %s.txt", y, strings.TrimSuffix(y, ".yaml")))
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("load reports: %w", errors.Join(errs...))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("load reports: no .txt reports found")
	}
	return out, nil
}

// validID: ids name reports in citations, URLs and file names.
var validID = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$`)

// loadOne ingests NAME.txt with NAME.yaml.
func loadOne(fsys fs.FS, name string) (*Report, error) {
	text, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	base := strings.TrimSuffix(path.Base(name), ".txt")
	meta := Meta{ID: base, Title: base}
	if raw, err := fs.ReadFile(fsys, base+".yaml"); err == nil {
		dec := yaml.NewDecoder(bytes.NewReader(raw))
		dec.KnownFields(true)
		if err := dec.Decode(&meta); err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s.yaml: %w", base, err)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s.yaml: %w", base, err)
	}
	if !validID.MatchString(meta.ID) {
		return nil, fmt.Errorf("%s: id %q: want letters, digits, '.', '_' or '-' (at most 64), starting with a letter or digit", metaFile(fsys, base), meta.ID)
	}
	for i, pl := range meta.Places {
		if strings.TrimSpace(pl.Name) == "" {
			return nil, fmt.Errorf("%s: places[%d]: no name", metaFile(fsys, base), i)
		}
	}
	r, err := Ingest(meta, text)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(r.Passages) == 0 {
		return nil, fmt.Errorf("%s: no paragraphs of report text (only headings, links or blank lines)", name)
	}
	if r.Meta.Year == 0 {
		return nil, fmt.Errorf("%s: no year: neither %s.yaml (year:) nor a part heading of the text (二、2025年工作安排) names the year it plans for", name, base)
	}
	if err := r.checkYears(); err != nil {
		return nil, fmt.Errorf("%s: %w", metaFile(fsys, base), err)
	}
	return r, nil
}

// metaFile is NAME.yaml when it exists, else NAME.txt: the file to fix.
func metaFile(fsys fs.FS, base string) string {
	if _, err := fs.Stat(fsys, base+".yaml"); err == nil {
		return base + ".yaml"
	}
	return base + ".txt"
}

// checkYears refuses metadata that the text's part headings contradict:
// "year: 2025" over "二、2024年工作安排" would read 今年 as 2025 and label
// 2024's targets as 2025's.
func (r *Report) checkYears() error {
	for _, kind := range []PeriodKind{PeriodPlan, PeriodResult} {
		for _, p := range r.Paragraphs {
			if p.Kind != ParaPart || p.Period.Kind != kind || p.Period.Year == 0 {
				continue
			}
			switch {
			case kind == PeriodPlan && p.Period.Year != r.Meta.Year:
				return fmt.Errorf("year: %d, but the text plans for %d (¶%d %s)", r.Meta.Year, p.Period.Year, p.N, p.Text)
			case kind == PeriodResult && p.Period.Year != r.Meta.ReviewYear:
				return fmt.Errorf("review_year: %d, but the text reviews %d (¶%d %s)", r.Meta.ReviewYear, p.Period.Year, p.N, p.Text)
			}
		}
	}
	return nil
}
