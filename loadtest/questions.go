package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// readQuestions reads the questions of every file pattern matches, in name
// order: a .yaml or .yml file is a question set (eval/testdata: a list of
// items with a question field), any other file has one question a line.
// Repeated texts are kept once, so a long list (every eval set: ~3,000
// questions, more than the server's answer and embedding caches hold)
// asked in turn never meets a cache: "every question new" without adding
// anything to the questions themselves.
func readQuestions(pattern string) ([]string, error) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("-questions %s: %w", pattern, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("-questions %s: no such file", pattern)
	}
	seen := map[string]bool{}
	var qs []string
	for _, f := range files {
		texts, err := questionsIn(f)
		if err != nil {
			return nil, err
		}
		for _, q := range texts {
			if q = strings.TrimSpace(q); q != "" && !seen[q] {
				seen[q] = true
				qs = append(qs, q)
			}
		}
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("-questions %s: no questions", pattern)
	}
	return qs, nil
}

func questionsIn(file string) ([]string, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	switch strings.ToLower(filepath.Ext(file)) {
	case ".yaml", ".yml":
		var set []struct {
			Question string `yaml:"question"`
		}
		if err := yaml.Unmarshal(raw, &set); err != nil {
			return nil, fmt.Errorf("%s: not a question set: %w", file, err)
		}
		texts := make([]string, len(set))
		for i, item := range set {
			texts[i] = item.Question
		}
		return texts, nil
	default:
		return strings.Split(string(raw), "\n"), nil
	}
}
