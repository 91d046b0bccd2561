//go:build tools

// Package main pins dependencies that packages under construction will import,
// so that parallel work does not race on go.mod. Removed once all are used.
package main

import (
	_ "github.com/go-telegram/bot"
	_ "github.com/philippgille/chromem-go"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/sashabaranov/go-openai"
	_ "golang.org/x/text/unicode/norm"
	_ "gopkg.in/yaml.v3"
	_ "modernc.org/sqlite"
)
