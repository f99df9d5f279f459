package netrange

// Exposure sorts a range that admits the internet into the one kind of
// finding it belongs to, so that each range is reported by exactly one
// check: "all" (every port), "admin" (covers a port of Admin), "database"
// (covers a port of Database), "web" (exactly 80 or 443), else "other".
func (p Ports) Exposure() string {
	switch {
	case p.Whole():
		return "all"
	case len(p.Named(Admin)) > 0:
		return "admin"
	case len(p.Named(Database)) > 0:
		return "database"
	case p.From == p.To && (p.From == 80 || p.From == 443):
		return "web"
	}
	return "other"
}
