package cismonitor

import "github.com/tenantlint/tenantlint/checks/aws/internal/filterpattern"

// apiCall is a CloudTrail record of a management API call by an IAM user:
// the fields the CIS patterns (v1.4 and v3) read.
func apiCall(source, name string) filterpattern.Event {
	return filterpattern.Event{
		"eventVersion":      "1.09",
		"eventType":         "AwsApiCall",
		"eventSource":       source,
		"eventName":         name,
		"awsRegion":         "eu-west-1",
		"sourceIPAddress":   "203.0.113.10",
		"userIdentity.type": "IAMUser",
		"userIdentity.arn":  "arn:aws:iam::111122223333:user/alice",
	}
}

// calls is one apiCall per name.
func calls(source string, names ...string) []filterpattern.Event {
	out := make([]filterpattern.Event, 0, len(names))
	for _, n := range names {
		out = append(out, apiCall(source, n))
	}
	return out
}

// with is ev with fields set (an empty value removes the field).
func with(ev filterpattern.Event, kv ...string) filterpattern.Event {
	out := filterpattern.Event{}
	for k, v := range ev {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			delete(out, kv[i])
		} else {
			out[kv[i]] = kv[i+1]
		}
	}
	return out
}
