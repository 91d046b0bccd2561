package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// renderedMarks are what the plain-text rendering of an answer writes
// around its parts; code that looks for them in text is parsing a
// rendering instead of reading the answer's parts.
var renderedMarks = []string{"〔", "¶", "【", "「", "更正"}

// textMatchers are the calls that would read rendered text back.
var textMatchers = map[string]map[string]bool{
	"regexp":  {"MustCompile": true, "Compile": true, "MatchString": true},
	"strings": {"Contains": true, "HasPrefix": true, "HasSuffix": true, "Index": true, "LastIndex": true, "Cut": true, "Split": true, "SplitN": true, "Count": true},
}

// The front ends render answers from their typed parts and never parse
// rendered answer text: no regular expression or string match over the
// marks of the plain-text rendering in bot/, server/, cli/ or web/
// (outside tests), and no such mark at all in the web pages' scripts,
// which take their labels from the page's strings. The model's output parser in llm/ is the one place that reads
// such text, since that is what a model writes.
func TestFrontEndsDoNotParseRenderedAnswers(t *testing.T) {
	fset := token.NewFileSet()
	checked := 0
	for _, dir := range []string{"bot", "server", "cli", "web"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			checked++
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				pkg, ok := sel.X.(*ast.Ident)
				if !ok || !textMatchers[pkg.Name][sel.Sel.Name] {
					return true
				}
				for _, arg := range call.Args {
					lit, ok := arg.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					s, _ := strconv.Unquote(lit.Value)
					for _, m := range renderedMarks {
						if strings.Contains(s, m) {
							t.Errorf("%s: %s.%s(%s) reads rendered answer text; use the answer's parts", fset.Position(call.Pos()), pkg.Name, sel.Sel.Name, lit.Value)
						}
					}
				}
				return true
			})
		}
	}
	if checked < 20 {
		t.Fatalf("only %d files checked: run from the module root", checked)
	}
	scripts, err := filepath.Glob(filepath.Join("web", "static", "*.js"))
	if err != nil || len(scripts) < 3 {
		t.Fatalf("web scripts: %v %v", scripts, err)
	}
	for _, path := range scripts {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range renderedMarks {
			if strings.Contains(string(b), m) {
				t.Errorf("%s names %q: the page must render answers from their parts, with labels from the page's strings", path, m)
			}
		}
	}
}
