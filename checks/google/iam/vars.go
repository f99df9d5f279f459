package iam

import "github.com/tenantlint/tenantlint/checks/google/internal/iamview"

// hierarchyTypes are the IAM resource types of projects, folders and the
// organisation, with the data source their policies may come from.
var hierarchyTypes = append(iamview.HierarchyTypes(), "data.google_iam_policy")
