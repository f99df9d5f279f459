package filterpattern

import "testing"

func TestMatch(t *testing.T) {
	login := Event{"eventName": "ConsoleLogin", "additionalEventData.MFAUsed": "No", "userIdentity.type": "IAMUser",
		"responseElements.ConsoleLogin": "Success"}
	denied := Event{"eventName": "RunInstances", "errorCode": "Client.UnauthorizedOperation", "sourceIPAddress": "203.0.113.10"}
	root := Event{"userIdentity.type": "Root", "eventType": "AwsApiCall"}
	rootByService := Event{"userIdentity.type": "Root", "eventType": "AwsApiCall", "userIdentity.invokedBy": "support.amazonaws.com"}
	kms := Event{"eventSource": "kms.amazonaws.com", "eventName": "ScheduleKeyDeletion", "readOnly": "false", "count": "3"}
	tests := []struct {
		name    string
		pattern string
		ev      Event
		want    bool
	}{
		{"CIS 4.2 v1.4", `{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }`, login, true},
		{"CIS 4.2 v3, no spaces", `{($.eventName="ConsoleLogin")&&($.additionalEventData.MFAUsed!="Yes")&&($.userIdentity.type="IAMUser")&&($.responseElements.ConsoleLogin="Success")}`, login, true},
		{"CIS 4.2 bare values, swapped", `{ $.additionalEventData.MFAUsed != Yes && $.eventName = ConsoleLogin }`, login, true},
		{"MFA used is not selected", `{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }`, Event{"eventName": "ConsoleLogin", "additionalEventData.MFAUsed": "Yes"}, false},
		{"!= on an absent field does not select", `{ $.additionalEventData.MFAUsed != "Yes" }`, Event{"eventName": "ConsoleLogin"}, false},
		{"leading wildcard", `{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }`, denied, true},
		{"order of || terms", `{ ($.errorCode = "AccessDenied*") || ($.errorCode = "*UnauthorizedOperation") }`, denied, true},
		{"wildcard in the middle", `{ $.errorCode = "Client.*Operation" }`, denied, true},
		{"wildcard no match", `{ $.errorCode = "AccessDenied*" }`, denied, false},
		{"exact value is case-sensitive", `{ $.errorCode = "client.unauthorizedoperation" }`, denied, false},
		{"v3 exclusions keep the event", `{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }`, denied, true},
		{"v3 exclusions drop the event", `{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.eventName != "RunInstances") }`, denied, false},
		{"&& binds tighter than ||", `{ $.eventName = Nope && $.errorCode = X || $.sourceIPAddress = "203.0.113.10" }`, denied, true},
		{"parentheses change the grouping", `{ $.eventName = Nope && ($.errorCode = X || $.sourceIPAddress = "203.0.113.10") }`, denied, false},
		{"root, NOT EXISTS", `{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`, root, true},
		{"root invoked by a service", `{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`, rootByService, false},
		{"IS NULL", `{ $.userIdentity.invokedBy IS NULL }`, root, true},
		{"nested ||", `{($.eventSource=kms.amazonaws.com)&&(($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion))}`, kms, true},
		{"escaped quote", `{ $.eventName = "Schedule\"Key" }`, Event{"eventName": `Schedule"Key`}, true},
		{"regex", `{ $.eventName = %^(Disable|ScheduleKey)% }`, kms, true},
		{"IS FALSE", `{ $.readOnly IS FALSE }`, kms, true},
		{"number comparison", `{ $.count >= 3 }`, kms, true},
		{"number comparison fails", `{ $.count > 3 }`, kms, false},
		{"array selector", `{ $.resources[0].type = "AWS::KMS::Key" }`, Event{"resources[0].type": "AWS::KMS::Key"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(tt.pattern)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.pattern, err)
			}
			if got := p.Match(tt.ev); got != tt.want {
				t.Errorf("Match = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{
		``,
		`ERROR`,
		`"Failed authentication"`,
		`[ip, user, ...]`,
		`{ $.eventName = "ConsoleLogin" `,
		`{ $.eventName = "ConsoleLogin }`,
		`{ ($.eventName = ConsoleLogin }`,
		`{ $.eventName }`,
		`{ $.eventName = }`,
		`{ $. = x }`,
		`{ eventName = x }`,
		`{ $.a = x } trailing`,
		`{ $.a IS MAYBE }`,
		`{ $.a > abc }`,
		`{ $.a = %(% }`,
		`{ $.a = %unclosed }`,
		`{ $.a = x && }`,
		`{ $.a = "\`,
	} {
		if _, err := Parse(src); err == nil {
			t.Errorf("Parse(%q) accepted a pattern it cannot read", src)
		}
	}
	long := "{ $.a = \""
	for len(long) < 2000 {
		long += "x"
	}
	if _, err := Parse(long + "\" }"); err == nil {
		t.Error("Parse accepted a pattern longer than CloudWatch allows")
	}
}

func TestGlob(t *testing.T) {
	for _, tt := range []struct {
		pat, s string
		want   bool
	}{
		{"*", "", true}, {"*", "abc", true}, {"a*", "abc", true}, {"*c", "abc", true}, {"a*c", "ac", true},
		{"a*b*c", "aXbYc", true}, {"a*b*c", "acb", false}, {"abc", "abc", true}, {"abc", "abcd", false},
		{"**", "x", true}, {"a*a", "a", false},
	} {
		if got := globMatch(tt.pat, tt.s); got != tt.want {
			t.Errorf("globMatch(%q, %q) = %v, want %v", tt.pat, tt.s, got, tt.want)
		}
	}
}
