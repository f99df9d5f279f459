package cismonitor

import (
	"testing"

	"github.com/tenantlint/tenantlint/checks/aws/internal/filterpattern"
)

// all lists the specs for the tests.
var all = []spec{unauthorized, noMFA, root, iamPolicy, trailChanges, authFailures, cmk, s3Policy, configChanges, securityGroups, nacls, gateways, routes, vpcs, organizations}

// judge says whether a pattern selects the spec's events and none of its
// misses, as the checks do.
func judge(s spec, src string) (bool, error) {
	p, err := filterpattern.Parse(src)
	if err != nil {
		return false, err
	}
	for _, ev := range s.match {
		if !p.Match(ev) {
			return false, nil
		}
	}
	for _, ev := range s.miss {
		if p.Match(ev) {
			return false, nil
		}
	}
	return true, nil
}

// TestExamples holds every check to the pattern its remediation shows.
func TestExamples(t *testing.T) {
	for _, s := range all {
		if ok, err := judge(s, s.example); err != nil || !ok {
			t.Errorf("%s: its own example %q is not recognised (%v)", s.id, s.example, err)
		}
		if ok, _ := judge(s, `{ $.eventName = * }`); ok {
			t.Errorf("%s: a pattern selecting every event is taken as the CIS filter", s.id)
		}
	}
}

// TestVariants holds the checks to the CIS patterns as published in v1.4
// and v3 and as they are commonly rewritten, and to near misses.
func TestVariants(t *testing.T) {
	tests := []struct {
		s       spec
		pattern string
		want    bool
	}{
		{unauthorized, `{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }`, true},
		{unauthorized, `{($.errorCode="*UnauthorizedOperation")||($.errorCode="AccessDenied*")&&($.sourceIPAddress!="delivery.logs.amazonaws.com")&&($.eventName!="HeadBucket")}`, true},
		{unauthorized, `{ ($.errorCode = "AccessDenied*") || ($.errorCode = "*UnauthorizedOperation") }`, true},
		{unauthorized, `{ $.errorCode = "AccessDenied" }`, false},
		{unauthorized, `{ $.errorCode = * }`, false},
		{noMFA, `{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }`, true},
		{noMFA, `{ $.eventName = ConsoleLogin && $.additionalEventData.MFAUsed = No }`, true},
		{noMFA, `{ $.eventName = "ConsoleLogin" }`, false},
		{root, `{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`, true},
		{root, `{$.userIdentity.type="Root"}`, true},
		{root, `{ $.userIdentity.type = "IAMUser" }`, false},
		{iamPolicy, `{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}`, true},
		{iamPolicy, `{ ($.eventSource = iam.amazonaws.com) && ($.eventName = Put*Policy || $.eventName = Delete*Policy* || $.eventName = Attach*Policy || $.eventName = Detach*Policy || $.eventName = CreatePolicy*) }`, true},
		{iamPolicy, `{ ($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy) }`, false},
		{iamPolicy, `{ $.eventSource = iam.amazonaws.com }`, false},
		{authFailures, `{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }`, true},
		{authFailures, `{ ($.errorMessage = "Failed authentication") && ($.eventName = "ConsoleLogin") }`, true},
		{authFailures, `{ $.errorMessage = "Failed authentication" }`, false},
		{cmk, `{($.eventSource=kms.amazonaws.com)&&(($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion))}`, true},
		{cmk, `{ $.eventName = DisableKey || $.eventName = ScheduleKeyDeletion }`, true},
		{cmk, `{ $.eventSource = kms.amazonaws.com }`, false},
		{routes, `{($.eventSource=ec2.amazonaws.com)&&(($.eventName=CreateRoute)||($.eventName=CreateRouteTable)||($.eventName=ReplaceRoute)||($.eventName=ReplaceRouteTableAssociation)||($.eventName=DeleteRouteTable)||($.eventName=DeleteRoute)||($.eventName=DisassociateRouteTable))}`, true},
		{routes, `{($.eventName=CreateRoute)||($.eventName=CreateRouteTable)||($.eventName=ReplaceRoute)||($.eventName=ReplaceRouteTableAssociation)||($.eventName=DeleteRouteTable)||($.eventName=DeleteRoute)||($.eventName=DisassociateRouteTable)}`, true},
		{routes, `{($.eventName=CreateRoute)||($.eventName=DeleteRoute)}`, false},
	}
	for _, tt := range tests {
		got, err := judge(tt.s, tt.pattern)
		if err != nil {
			t.Errorf("%s: %q: %v", tt.s.id, tt.pattern, err)
			continue
		}
		if got != tt.want {
			t.Errorf("%s: %q recognised = %v, want %v", tt.s.id, tt.pattern, got, tt.want)
		}
	}
}

func TestGroupNameFromARN(t *testing.T) {
	for arn, want := range map[string]string{
		"arn:aws:logs:eu-west-1:111122223333:log-group:cloudtrail:*":         "cloudtrail",
		"arn:aws:logs:eu-west-1:111122223333:log-group:/aws/cloudtrail/main": "/aws/cloudtrail/main",
		"arn:aws-us-gov:logs:us-gov-west-1:1:log-group:a:b:*":                "a:b",
		"arn:aws:s3:::bucket":                               "",
		"arn:aws:logs:eu-west-1:111122223333:destination:x": "",
		"cloudtrail": "",
	} {
		if got := groupNameFromARN(arn); got != want {
			t.Errorf("groupNameFromARN(%q) = %q, want %q", arn, got, want)
		}
	}
}
