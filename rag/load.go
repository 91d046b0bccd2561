package rag

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// LoadFS ingests every NAME.txt in the root of fsys, with its metadata from
// NAME.yaml when present (else the id and title are NAME). Reports come back
// sorted by file name; ids must be unique.
func LoadFS(fsys fs.FS) ([]*Report, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("load reports: %w", err)
	}
	sort.Strings(names)
	var out []*Report
	seen := map[string]string{}
	for _, name := range names {
		text, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("load reports: %w", err)
		}
		base := strings.TrimSuffix(path.Base(name), ".txt")
		meta := Meta{ID: base, Title: base}
		if raw, err := fs.ReadFile(fsys, base+".yaml"); err == nil {
			if err := yaml.Unmarshal(raw, &meta); err != nil {
				return nil, fmt.Errorf("load reports: %s.yaml: %w", base, err)
			}
		}
		if prev, dup := seen[meta.ID]; dup {
			return nil, fmt.Errorf("load reports: %s and %s both have id %q", prev, name, meta.ID)
		}
		seen[meta.ID] = name
		r, err := Ingest(meta, text)
		if err != nil {
			return nil, fmt.Errorf("load reports: %s: %w", name, err)
		}
		if r.Meta.Year == 0 {
			return nil, fmt.Errorf("load reports: %s: no year: neither %s.yaml (year:) nor a part heading of the text (二、2025年工作安排) names the year it plans for", name, base)
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("load reports: no .txt reports found")
	}
	return out, nil
}
