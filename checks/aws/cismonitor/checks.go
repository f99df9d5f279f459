package cismonitor

import "github.com/tenantlint/tenantlint/checks/aws/internal/filterpattern"

const (
	ec2    = "ec2.amazonaws.com"
	iam    = "iam.amazonaws.com"
	signin = "signin.amazonaws.com"
)

// consoleLogin is a console sign-in record of an IAM user.
func consoleLogin(kv ...string) filterpattern.Event {
	return with(apiCall(signin, "ConsoleLogin"), append([]string{"eventType", "AwsConsoleSignIn"}, kv...)...)
}

// unauthorized is CIS 4.1 (v1.4) / 4.1 (v3).
var unauthorized = spec{
	id: "aws-cloudwatch-alarm-unauthorized-api-calls", cis: "4.1", what: "unauthorized-api-calls",
	title: "No CloudWatch alarm on unauthorised API calls",
	description: "Calls refused with AccessDenied or UnauthorizedOperation are how stolen credentials and " +
		"over-curious insiders show themselves: they probe for what they may do.",
	example: `{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }`,
	match: []filterpattern.Event{
		with(apiCall(ec2, "DescribeInstances"), "errorCode", "Client.UnauthorizedOperation"),
		with(apiCall(ec2, "RunInstances"), "errorCode", "UnauthorizedOperation"),
		with(apiCall(iam, "ListUsers"), "errorCode", "AccessDenied"),
		with(apiCall("lambda.amazonaws.com", "ListFunctions20150331"), "errorCode", "AccessDeniedException"),
	},
	miss: []filterpattern.Event{apiCall(ec2, "DescribeInstances"), with(apiCall(ec2, "RunInstances"), "errorCode", "InsufficientInstanceCapacity")},
}

// noMFA is CIS 4.2.
var noMFA = spec{
	id: "aws-cloudwatch-alarm-console-no-mfa", cis: "4.2", what: "console-signin-without-mfa",
	title: "No CloudWatch alarm on console sign-in without MFA",
	description: "A console sign-in without MFA means a password alone opened the account's console: a " +
		"user exempt from MFA, or a stolen password being used.",
	example: `{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }`,
	match: []filterpattern.Event{
		consoleLogin("additionalEventData.MFAUsed", "No", "responseElements.ConsoleLogin", "Success"),
	},
	miss: []filterpattern.Event{
		consoleLogin("additionalEventData.MFAUsed", "Yes", "responseElements.ConsoleLogin", "Success"),
		apiCall(ec2, "DescribeInstances"),
	},
}

// root is CIS 4.3 (v1.4 and v3).
var root = spec{
	id: "aws-cloudwatch-alarm-root-usage", cis: "4.3", what: "root-account-usage",
	title: "No CloudWatch alarm on use of the root account",
	description: "The root user cannot be limited by IAM policies; its everyday use is a breach of practice, " +
		"and its unexpected use is often a compromise.",
	example: `{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`,
	match: []filterpattern.Event{
		with(apiCall(iam, "CreateAccessKey"), "userIdentity.type", "Root", "userIdentity.arn", "arn:aws:iam::111122223333:root"),
		with(consoleLogin("responseElements.ConsoleLogin", "Success", "additionalEventData.MFAUsed", "Yes"),
			"userIdentity.type", "Root", "userIdentity.arn", "arn:aws:iam::111122223333:root"),
	},
	miss: []filterpattern.Event{apiCall(iam, "CreateAccessKey")},
}

// iamPolicy is CIS 4.4.
var iamPolicy = spec{
	id: "aws-cloudwatch-alarm-iam-policy-changes", cis: "4.4", what: "iam-policy-changes",
	title: "No CloudWatch alarm on IAM policy changes",
	description: "Changing, attaching or detaching IAM policies is how privileges are escalated and " +
		"persistence is planted.",
	example: `{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}`,
	match: calls(iam, "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy", "PutRolePolicy",
		"PutUserPolicy", "CreatePolicy", "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion", "AttachRolePolicy",
		"DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy", "AttachGroupPolicy", "DetachGroupPolicy"),
	miss: calls(iam, "ListPolicies", "GetPolicyVersion"),
}

// trailChanges is CIS 4.5.
var trailChanges = spec{
	id: "aws-cloudwatch-alarm-cloudtrail-changes", cis: "4.5", what: "cloudtrail-config-changes",
	title: "No CloudWatch alarm on CloudTrail configuration changes",
	description: "Stopping, deleting or redirecting a trail is the first thing an intruder does to work " +
		"unseen.",
	example: `{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }`,
	match:   calls("cloudtrail.amazonaws.com", "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"),
	miss:    calls("cloudtrail.amazonaws.com", "DescribeTrails", "LookupEvents"),
}

// authFailures is CIS 4.6.
var authFailures = spec{
	id: "aws-cloudwatch-alarm-console-auth-failures", cis: "4.6", what: "console-authentication-failures",
	title:       "No CloudWatch alarm on console authentication failures",
	description: "Repeated failed console sign-ins are password guessing against the account's users.",
	example:     `{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }`,
	match: []filterpattern.Event{
		consoleLogin("errorMessage", "Failed authentication", "responseElements.ConsoleLogin", "Failure"),
	},
	miss: []filterpattern.Event{
		consoleLogin("responseElements.ConsoleLogin", "Success", "additionalEventData.MFAUsed", "Yes"),
		with(apiCall(ec2, "RunInstances"), "errorMessage", "Failed authentication"),
	},
}

// cmk is CIS 4.7.
var cmk = spec{
	id: "aws-cloudwatch-alarm-cmk-disable-delete", cis: "4.7", what: "cmk-disable-or-deletion",
	title: "No CloudWatch alarm on disabling or scheduled deletion of customer-managed keys",
	description: "Disabling a KMS key, or scheduling its deletion, makes everything encrypted under it " +
		"unreadable: a way to destroy data or hold it to ransom.",
	example: `{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }`,
	match:   calls("kms.amazonaws.com", "DisableKey", "ScheduleKeyDeletion"),
	miss:    calls("kms.amazonaws.com", "Decrypt", "EnableKey"),
}

// s3Policy is CIS 4.8.
var s3Policy = spec{
	id: "aws-cloudwatch-alarm-s3-policy-changes", cis: "4.8", what: "s3-bucket-policy-changes",
	title: "No CloudWatch alarm on S3 bucket policy changes",
	description: "Bucket policies, ACLs, CORS, lifecycle and replication rules decide who can read a " +
		"bucket and where its data goes; changing them is how data is opened up or copied out.",
	example: `{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }`,
	match: calls("s3.amazonaws.com", "PutBucketAcl", "PutBucketPolicy", "PutBucketCors", "PutBucketLifecycle",
		"PutBucketReplication", "DeleteBucketPolicy", "DeleteBucketCors", "DeleteBucketLifecycle", "DeleteBucketReplication"),
	miss: calls("s3.amazonaws.com", "GetBucketPolicy", "ListBuckets"),
}

// configChanges is CIS 4.9.
var configChanges = spec{
	id: "aws-cloudwatch-alarm-config-changes", cis: "4.9", what: "aws-config-changes",
	title: "No CloudWatch alarm on AWS Config configuration changes",
	description: "Stopping the configuration recorder or changing its delivery channel blinds the " +
		"account's record of resource changes and its compliance rules.",
	example: `{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }`,
	match:   calls("config.amazonaws.com", "StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel", "PutConfigurationRecorder"),
	miss:    calls("config.amazonaws.com", "DescribeConfigurationRecorders", "PutEvaluations"),
}

// securityGroups is CIS 4.10.
var securityGroups = spec{
	id: "aws-cloudwatch-alarm-security-group-changes", cis: "4.10", what: "security-group-changes",
	title: "No CloudWatch alarm on security group changes",
	description: "Security group rules are the instance-level firewall; a rule added to open a port to " +
		"the internet is often the step before an attack or an exfiltration.",
	example: `{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }`,
	match: calls(ec2, "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress", "RevokeSecurityGroupIngress",
		"RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup"),
	miss: calls(ec2, "DescribeSecurityGroups", "RunInstances"),
}

// nacls is CIS 4.11.
var nacls = spec{
	id: "aws-cloudwatch-alarm-nacl-changes", cis: "4.11", what: "nacl-changes",
	title: "No CloudWatch alarm on network ACL changes",
	description: "Network ACLs filter traffic for whole subnets; changing them can open every instance " +
		"of a subnet at once.",
	example: `{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }`,
	match: calls(ec2, "CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl", "DeleteNetworkAclEntry",
		"ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation"),
	miss: calls(ec2, "DescribeNetworkAcls", "CreateSecurityGroup"),
}

// gateways is CIS 4.12.
var gateways = spec{
	id: "aws-cloudwatch-alarm-gateway-changes", cis: "4.12", what: "network-gateway-changes",
	title: "No CloudWatch alarm on network gateway changes",
	description: "Internet and customer gateways are the ways in and out of the VPCs; a new or moved " +
		"gateway can route private networks to the internet or to someone else's network.",
	example: `{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }`,
	match: calls(ec2, "CreateCustomerGateway", "DeleteCustomerGateway", "AttachInternetGateway", "CreateInternetGateway",
		"DeleteInternetGateway", "DetachInternetGateway"),
	miss: calls(ec2, "DescribeInternetGateways", "CreateRoute"),
}

// routes is CIS 4.13.
var routes = spec{
	id: "aws-cloudwatch-alarm-route-table-changes", cis: "4.13", what: "route-table-changes",
	title: "No CloudWatch alarm on route table changes",
	description: "Routes decide where traffic goes; a changed route can send private traffic through an " +
		"instance or a gateway the attacker controls.",
	example: `{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }`,
	match: calls(ec2, "CreateRoute", "CreateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation",
		"DeleteRouteTable", "DeleteRoute", "DisassociateRouteTable"),
	miss: calls(ec2, "DescribeRouteTables", "CreateVpc"),
}

// vpcs is CIS 4.14.
var vpcs = spec{
	id: "aws-cloudwatch-alarm-vpc-changes", cis: "4.14", what: "vpc-changes",
	title: "No CloudWatch alarm on VPC changes",
	description: "New VPCs, peering connections and ClassicLink links join networks together; an " +
		"unexpected one can bridge a private network to another account.",
	example: `{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }`,
	match: calls(ec2, "CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection",
		"CreateVpcPeeringConnection", "DeleteVpcPeeringConnection", "RejectVpcPeeringConnection", "AttachClassicLinkVpc",
		"DetachClassicLinkVpc", "DisableVpcClassicLink", "EnableVpcClassicLink"),
	miss: calls(ec2, "DescribeVpcs", "CreateSubnet"),
}

// organizations is CIS 4.15.
var organizations = spec{
	id: "aws-cloudwatch-alarm-organizations-changes", cis: "4.15", what: "organizations-changes",
	title: "No CloudWatch alarm on AWS Organizations changes",
	description: "Changes to the organization (accounts joining or leaving, SCPs attached or detached) " +
		"change the guardrails every member account relies on.",
	example: `{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit)) }`,
	match: calls("organizations.amazonaws.com", "AcceptHandshake", "AttachPolicy", "CreateAccount", "CreateOrganizationalUnit",
		"CreatePolicy", "DeclineHandshake", "DeleteOrganization", "DeleteOrganizationalUnit", "DeletePolicy", "DetachPolicy",
		"DisablePolicyType", "EnablePolicyType", "InviteAccountToOrganization", "LeaveOrganization", "MoveAccount",
		"RemoveAccountFromOrganization", "UpdatePolicy", "UpdateOrganizationalUnit"),
	miss: calls("organizations.amazonaws.com", "DescribeOrganization", "ListAccounts"),
}

// The checks, in the order of the benchmark.
var (
	UnauthorizedAPICalls = monitor(unauthorized)
	ConsoleNoMFA         = monitor(noMFA)
	RootUsage            = monitor(root)
	IAMPolicyChanges     = monitor(iamPolicy)
	CloudTrailChanges    = monitor(trailChanges)
	ConsoleAuthFailures  = monitor(authFailures)
	CMKDisableDelete     = monitor(cmk)
	S3PolicyChanges      = monitor(s3Policy)
	ConfigChanges        = monitor(configChanges)
	SecurityGroupChanges = monitor(securityGroups)
	NACLChanges          = monitor(nacls)
	GatewayChanges       = monitor(gateways)
	RouteTableChanges    = monitor(routes)
	VPCChanges           = monitor(vpcs)
	OrganizationsChanges = monitor(organizations)
)
