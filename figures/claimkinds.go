package figures

import (
	_ "embed"

	"github.com/reportbot/reportbot/rag"
)

//go:embed claimkinds.txt
var claimKindsText string

// claimKinds are the families of kinds a stated figure is never corrected
// across (claimkinds.txt).
func claimKinds() *rag.Siblings {
	s, err := rag.NewSiblings(claimKindsText)
	if err != nil {
		panic(err) // the embedded file is tested; a parse error is a build bug
	}
	return s
}
