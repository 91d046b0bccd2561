// Package seeds embeds the reports that ship with the binary, so that the bot
// answers on a fresh clone with no files to find.
package seeds

import "embed"

// FS holds each report as NAME.txt with its metadata in NAME.yaml.
//
//go:embed *.txt *.yaml
var FS embed.FS
