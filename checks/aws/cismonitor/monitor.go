// Package cismonitor holds the CIS AWS Foundations Benchmark monitoring
// checks (section 4 of v1.4 and v3): for each class of security event, a
// CloudWatch Logs metric filter on the log group a CloudTrail trail delivers
// to, whose pattern selects those events, and a CloudWatch alarm on the
// filter's metric that notifies someone (alarm_actions set, actions not
// turned off).
//
// A filter is judged by what its pattern selects (checks/aws/internal/
// filterpattern), not by its text: each check lists sample CloudTrail events
// the filter must select and events it must not (so that a filter matching
// every event is not taken for one on the event class). A check reports a
// trail only when it is sure: every trail, filter and alarm it reads is known
// and linked, or those it cannot read could not have changed the answer.
package cismonitor

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/internal/filterpattern"
	"github.com/tenantlint/tenantlint/lint"
)

// spec is what one monitoring check declares.
type spec struct {
	id, title, cis, what string
	description          string
	example              string // the filter pattern shown in the remediation
	match, miss          []filterpattern.Event
}

const (
	typeTrail    = "aws_cloudtrail"
	typeGroup    = "aws_cloudwatch_log_group"
	typeFilter   = "aws_cloudwatch_log_metric_filter"
	typeAlarm    = "aws_cloudwatch_metric_alarm"
	alarmExample = "    resource \"aws_cloudwatch_metric_alarm\" \"this\" {\n" +
		"      alarm_name          = \"%s\"\n      namespace           = \"CISBenchmark\"\n" +
		"      metric_name         = aws_cloudwatch_log_metric_filter.this.metric_transformation[0].name\n" +
		"      statistic           = \"Sum\"\n      period              = 300\n      evaluation_periods  = 1\n" +
		"      threshold           = 1\n      comparison_operator = \"GreaterThanOrEqualToThreshold\"\n" +
		"      alarm_actions       = [aws_sns_topic.security.arn]\n    }"
)

// monitor builds the check of a spec.
func monitor(s spec) *lint.Check {
	return &lint.Check{
		ID:       s.id,
		Title:    s.title,
		Severity: lint.Low,
		Domain:   lint.Response,
		Model:    lint.SaaS,
		Description: s.description + " CIS AWS Foundations Benchmark " + s.cis + " asks for a metric filter on the " +
			"CloudTrail log group and an alarm on it, so that these events page someone as they happen instead of " +
			"being found in the logs after the fact.",
		Remediation: "Add a metric filter on the trail's log group and an alarm on its metric:\n\n" +
			"    resource \"aws_cloudwatch_log_metric_filter\" \"this\" {\n" +
			"      name           = \"" + s.what + "\"\n      log_group_name = aws_cloudwatch_log_group.trail.name\n" +
			"      pattern        = " + quoteHCL(s.example) + "\n      metric_transformation {\n" +
			"        name      = \"" + s.what + "\"\n        namespace = \"CISBenchmark\"\n        value     = \"1\"\n      }\n    }\n\n" +
			strings.Replace(alarmExample, "%s", s.what, 1),
		Links: []string{
			"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html",
			"https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_metric_filter",
		},
		Resources: []string{typeTrail},
		Run:       func(p *lint.Pass) { run(p, s) },
	}
}

func quoteHCL(s string) string {
	return "\"" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) + "\""
}

// answer is three-valued: covered, not covered, or not knowable.
type answer int8

const (
	no answer = iota
	yes
	unknown
)

func run(p *lint.Pass, s spec) {
	for _, trail := range p.Resources() {
		arn := trail.Attr("cloud_watch_logs_group_arn")
		if arn.Null() {
			continue
		}
		if str, ok := arn.StringOr(""); ok && str == "" {
			continue
		}
		g, ok := trailGroup(arn)
		if !ok {
			continue
		}
		if covered(p.Module, g, s) == no {
			p.Reportf(arn, "CloudTrail trail %s sends events to CloudWatch Logs, but no metric filter with an alarm "+
				"watches them for %s (CIS %s)", trail.Address, s.what, s.cis)
		}
	}
}

// group is what is known of a log group: the log group resources it was
// computed from and the names it is known by.
type group struct {
	refs  []*lint.Resource
	names []string
	// someName is true when a log group it was computed from has a name that
	// cannot be known: a literal name elsewhere may be that group's.
	someName bool
}

// trailGroup reads the log group a trail delivers to. ok is false when it
// cannot be told (an unknown ARN computed from no log group).
func trailGroup(arn lint.Attr) (group, bool) {
	var g group
	for _, r := range arn.Refs() {
		if r.Type == typeGroup && !r.Data {
			g.refs = append(g.refs, r)
			if n, ok := r.Attr("name").StringOr(""); ok && n != "" {
				g.names = append(g.names, n)
			} else {
				g.someName = true
			}
		}
	}
	if s, ok := arn.StringOr(""); ok {
		if n := groupNameFromARN(s); n != "" {
			g.names = append(g.names, n)
		}
	}
	return g, len(g.refs) > 0 || len(g.names) > 0
}

// groupNameFromARN reads the log group name of an ARN of the form
// arn:PARTITION:logs:REGION:ACCOUNT:log-group:NAME[:*].
func groupNameFromARN(arn string) string {
	parts := strings.SplitN(arn, ":", 7)
	if len(parts) < 7 || parts[0] != "arn" || parts[2] != "logs" || parts[5] != "log-group" {
		return ""
	}
	return strings.TrimSuffix(parts[6], ":*")
}

// onGroup says whether a metric filter's log_group_name names g.
func onGroup(a lint.Attr, g group) answer {
	for _, r := range g.refs {
		if a.References(r) {
			return yes
		}
	}
	if s, ok := a.StringOr(""); ok && !a.Null() {
		for _, n := range g.names {
			if n == s {
				return yes
			}
		}
		if g.someName {
			return unknown
		}
		return no
	}
	if a.Unknown() {
		for _, r := range a.Refs() {
			if r.Type != typeGroup || r.Data {
				continue
			}
			// Computed from another log group resource: that is a no
			// unless its name, unknown, may be one the trail names.
			if n, ok := r.Attr("name").StringOr(""); ok && n != "" || len(g.names) == 0 {
				return no
			}
		}
		return unknown
	}
	return no
}

// covered says whether some metric filter on g selects the spec's events
// and has an alarm on its metric.
func covered(m *lint.Module, g group, s spec) answer {
	best := no
	for _, f := range m.Resources(typeFilter) {
		a := onGroup(f.Attr("log_group_name"), g)
		if a != no {
			a = both(a, selects(f.Attr("pattern"), s))
		}
		if a != no {
			a = both(a, alarmed(m, f))
		}
		switch a {
		case yes:
			return yes
		case unknown:
			best = unknown
		case no:
		}
	}
	return best
}

// both combines two answers: no wins, then unknown.
func both(a, b answer) answer {
	if a == no || b == no {
		return no
	}
	if a == unknown || b == unknown {
		return unknown
	}
	return yes
}

// selects says whether a pattern selects every event of s.match and none of
// s.miss. A pattern that cannot be known or read is unknown.
func selects(a lint.Attr, s spec) answer {
	src, ok := a.StringOr("")
	if !ok || a.Null() {
		return unknown
	}
	pat, err := filterpattern.Parse(src)
	if err != nil {
		return unknown
	}
	for _, ev := range s.match {
		if !pat.Match(ev) {
			return no
		}
	}
	for _, ev := range s.miss {
		if pat.Match(ev) {
			return no
		}
	}
	return yes
}

// alarmed says whether an alarm that notifies watches the metric the filter
// publishes.
func alarmed(m *lint.Module, f *lint.Resource) answer {
	best := no
	for _, mt := range f.Blocks("metric_transformation") {
		name, ns := mt.Attr("name"), mt.Attr("namespace")
		for _, al := range m.Resources(typeAlarm) {
			if notifies(al) == no {
				continue
			}
			if a := sameMetric(name, ns, al.Attr("metric_name"), al.Attr("namespace")); a == yes {
				return yes
			} else if a == unknown {
				best = unknown
			}
			for _, q := range al.Blocks("metric_query") {
				for _, qm := range q.Blocks("metric") {
					if a := sameMetric(name, ns, qm.Attr("metric_name"), qm.Attr("namespace")); a == yes {
						return yes
					} else if a == unknown {
						best = unknown
					}
				}
			}
		}
	}
	return best
}

// notifies says whether an alarm tells anyone: an alarm with its actions
// turned off (actions_enabled defaults to true) or with no alarm_actions
// changes state in the console and pages nobody, which is not what CIS asks
// for (an SNS topic with subscribers).
func notifies(al *lint.Resource) answer {
	if on, ok := al.Attr("actions_enabled").BoolOr(true); ok && !on {
		return no
	}
	acts := al.Attr("alarm_actions")
	if acts.Null() {
		return no
	}
	if acts.Known() && len(acts.Elements()) == 0 {
		return no
	}
	return yes
}

// sameMetric compares a filter's metric (name, namespace) with an alarm's.
func sameMetric(fName, fNS, aName, aNS lint.Attr) answer {
	return both(sameString(fName, aName), sameString(fNS, aNS))
}

func sameString(a, b lint.Attr) answer {
	if a.Null() || b.Null() {
		return no
	}
	sa, oka := a.StringOr("")
	sb, okb := b.StringOr("")
	if oka && okb {
		if sa == sb {
			return yes
		}
		return no
	}
	return unknown
}
