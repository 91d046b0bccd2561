package cli

import (
	"context"
	"flag"
	"fmt"
	"runtime/debug"
	"strings"
)

func versionCommand() command {
	return command{
		name:    "version",
		summary: "the program's version and VCS revision, and the version of each report loaded",
		about: "A report's version is the SHA-256 of its text; answer footers show its first\n" +
			"12 hex digits. The VCS revision is known only to builds made with go build or\n" +
			"go install in a git checkout (go run and go test record none).",
		setup: func(fs *flag.FlagSet, env Env) action {
			seedsDir := fs.String("seeds", "", seedsUsage)
			asJSON := fs.Bool("json", false, "print the versions as JSON")
			return func(ctx context.Context, env Env, args []string) error {
				if len(args) > 0 {
					return usagef("version: unexpected argument %q", args[0])
				}
				if err := checkSeedsDir(*seedsDir); err != nil {
					return err
				}
				reports, err := loadReports(*seedsDir)
				if err != nil {
					return err
				}
				read := env.BuildInfo
				if read == nil {
					read = debug.ReadBuildInfo
				}
				v := newVersionInfo(read)
				for _, r := range reports {
					v.Reports = append(v.Reports, reportVersion{ID: r.Meta.ID, Title: r.Meta.Title, Version: r.Version})
				}
				if *asJSON {
					return writeJSON(env.Stdout, v)
				}
				fmt.Fprint(env.Stdout, v.String())
				return nil
			}
		},
	}
}

// versionInfo is what `reportbot version` prints.
type versionInfo struct {
	Module   string          `json:"module"`
	Version  string          `json:"version"`            // "(devel)" for a local build
	Revision string          `json:"revision,omitempty"` // "" when the build recorded none
	Time     string          `json:"revision_time,omitempty"`
	Modified bool            `json:"modified,omitempty"` // built with uncommitted changes
	Go       string          `json:"go"`
	Reports  []reportVersion `json:"reports"`
}

type reportVersion struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Version string `json:"version"` // SHA-256 of the text, hex
}

func newVersionInfo(read func() (*debug.BuildInfo, bool)) versionInfo {
	v := versionInfo{Module: "github.com/reportbot/reportbot", Version: "(unknown)", Go: "(unknown)"}
	bi, ok := read()
	if !ok {
		return v
	}
	v.Go = bi.GoVersion
	if bi.Main.Path != "" {
		v.Module = bi.Main.Path
	}
	if bi.Main.Version != "" {
		v.Version = bi.Main.Version
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

func (v versionInfo) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "reportbot %s (module %s, %s)\n", v.Version, v.Module, v.Go)
	switch {
	case v.Revision == "":
		b.WriteString("revision: not recorded (go run and go test builds carry none; go build does)\n")
	default:
		fmt.Fprintf(&b, "revision: %s", v.Revision)
		if v.Time != "" {
			fmt.Fprintf(&b, " (%s)", v.Time)
		}
		if v.Modified {
			b.WriteString(" with uncommitted changes")
		}
		b.WriteString("\n")
	}
	b.WriteString("reports (report version = SHA-256 of the report text; answer footers show 12 digits):\n")
	for _, r := range v.Reports {
		fmt.Fprintf(&b, "  %s  %s  %s\n", r.ID, r.Version, r.Title)
	}
	return b.String()
}

// buildVersion is the program's module version, or "dev" for a local build.
func buildVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
