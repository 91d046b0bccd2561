// Command gen writes synthetic reports derived from the seed into a
// directory, for loading with --seeds:
//
//	go run ./scale/gen -n 999 -out /tmp/reports
//
// They are test data (see package scale); never commit them.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/reportbot/reportbot/scale"
)

func main() {
	n := flag.Int("n", 100, "number of reports")
	out := flag.String("out", "", "directory to write NAME.txt and NAME.yaml into")
	flag.Parse()
	if *out == "" || *n < 1 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gen -n N -out DIR")
		os.Exit(2)
	}
	if err := scale.Write(*out, *n); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
