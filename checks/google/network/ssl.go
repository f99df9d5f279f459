package network

// The SSL policy and target proxy types.
const (
	sslPolicyType       = "google_compute_ssl_policy"
	regionSSLPolicyType = "google_compute_region_ssl_policy"
	sslPolicyDoc        = "https://cloud.google.com/load-balancing/docs/ssl-policies-concepts"
)

// sslPolicyTypes are the SSL policy resources.
var sslPolicyTypes = []string{sslPolicyType, regionSSLPolicyType}
