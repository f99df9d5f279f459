package rule

import "testing"

func TestNamed(t *testing.T) {
	run := Named("conf", "{address} names nothing", "{address} names the empty string")
	runCases(t, run, []tcase{
		{"absent", `resource "x_thing" "a" {}`, []string{"x_thing.a : x_thing.a names nothing"}},
		{"null", `resource "x_thing" "a" { conf = null }`, []string{"x_thing.a : x_thing.a names nothing"}},
		{"empty", `resource "x_thing" "a" { conf = "" }`, []string{"x_thing.a conf: x_thing.a names the empty string"}},
		{"named", `resource "x_thing" "a" { conf = "sc" }`, nil},
		{"unknown", `resource "x_thing" "a" { conf = var.unknown }`, nil},
	})
}

func TestNamedRejectsPlaceholders(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Named accepted {value}")
		}
	}()
	Named("conf", "{address} is {value}", "{address}")
}
