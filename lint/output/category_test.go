package output

// testCategories are AWS's categories for the services of the test report
// (the real table is checks/aws/categories.go).
var testCategories = map[string]string{
	"ec2":       "infrastructure services",
	"guardduty": "abstracted services",
	"iam":       "abstracted services",
	"s3":        "abstracted services",
}
