// Package opensearch holds the checks for OpenSearch Service domains,
// created as aws_opensearch_domain or the older aws_elasticsearch_domain.
package opensearch

// domains are the resource types of an OpenSearch Service domain.
var domains = []string{"aws_elasticsearch_domain", "aws_opensearch_domain"}

// domainLinks returns the registry pages of both resource types, anchored.
func domainLinks(anchor string) []string {
	return []string{
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#" + anchor,
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticsearch_domain#" + anchor,
	}
}
