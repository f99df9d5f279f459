// Package lambda holds the checks for Lambda functions, their URLs and their
// resource-based permissions.
package lambda
