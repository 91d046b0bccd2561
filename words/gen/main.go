// Command gen writes ../dict.txt, the word list of package words, from
// the jieba-derived Chinese dictionary of github.com/go-ego/gse (its
// data/dict/zh/s_1.txt: word, frequency, part of speech). It keeps Han
// words of one to four characters seen at least minFreq times. Its tags
// are noisy (养老 is tagged a person's name, nr), so package words trusts
// only some of them.
//
//	cd words && go run ./gen
//
// The module is fetched into the module cache (go mod download); it is not
// a dependency of reportbot.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const (
	source  = "github.com/go-ego/gse@v0.80.3"
	minFreq = 5
)

var hanWord = regexp.MustCompile(`^\p{Han}{1,4}$`)

func main() {
	if err := run("dict.txt"); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	dir, err := moduleDir(source)
	if err != nil {
		return err
	}
	in, err := os.Open(filepath.Join(dir, "data", "dict", "zh", "s_1.txt"))
	if err != nil {
		return err
	}
	defer in.Close()
	type word struct{ text, line string }
	var ws []word
	total := 0
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 3 || !hanWord.MatchString(fs[0]) {
			continue
		}
		freq, err := strconv.Atoi(fs[1])
		if err != nil || freq < minFreq {
			continue
		}
		total += freq
		ws = append(ws, word{fs[0], strings.Join(fs, " ")})
	}
	if err := sc.Err(); err != nil {
		return err
	}
	// Sorted by bytes: package words finds a word by binary search over
	// the embedded text, with nothing to parse at start.
	sort.Slice(ws, func(i, j int) bool { return ws[i].text < ws[j].text })
	var b strings.Builder
	fmt.Fprintf(&b, "# %s data/dict/zh/s_1.txt (Apache-2.0; jieba's dictionary, MIT), frequency >= %d: word freq pos\n", source, minFreq)
	fmt.Fprintf(&b, "# total %d\n", total)
	for _, w := range ws {
		b.WriteString(w.line + "\n")
	}
	fmt.Fprintf(os.Stderr, "gen: %d words to %s\n", len(ws), out)
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// moduleDir downloads module@version into the module cache and returns
// its directory.
func moduleDir(mod string) (string, error) {
	out, err := exec.Command("go", "mod", "download", "-json", mod).Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w", mod, err)
	}
	var m struct{ Dir, Error string }
	if err := json.Unmarshal(out, &m); err != nil {
		return "", fmt.Errorf("go mod download %s: %w", mod, err)
	}
	if m.Error != "" {
		return "", fmt.Errorf("go mod download %s: %s", mod, m.Error)
	}
	return m.Dir, nil
}
