package figures

// bounded: m states a bound (10个以上), which a report's 15个以上 admits
// without stating it: the bound may still be a slip for the report's own.
func bounded(m Mention) bool { return m.Value.Qualifier != "" && !isApprox(m.Value.Qualifier) }
