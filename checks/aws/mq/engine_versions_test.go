package mq

import (
	"testing"
	"time"
)

// The table is facts with dates: each entry a real date, in order, on or
// before the day the table was read.
func TestEndOfSupportTable(t *testing.T) {
	read, err := time.Parse(time.DateOnly, supportTableDate)
	if err != nil {
		t.Fatalf("supportTableDate: %v", err)
	}
	for engine, table := range endOfSupport {
		prev := time.Time{}
		for _, e := range table {
			d, err := time.Parse(time.DateOnly, e.date)
			if err != nil {
				t.Fatalf("%s %d.%d: %v", engine, e.major, e.minor, err)
			}
			if d.Before(prev) || d.After(read) {
				t.Errorf("%s %d.%d: %s out of order or after the table date", engine, e.major, e.minor, e.date)
			}
			prev = d
		}
	}
}
