// Package bigquery holds the checks for BigQuery datasets: who their access
// entries admit and which key encrypts them. IAM grants on datasets
// (google_bigquery_dataset_iam_*) are judged by google-iam-no-public-members;
// these checks read the dataset's own access list, which is not IAM.
package bigquery
