package ec2

import "testing"

func TestFindSecret(t *testing.T) {
	for text, want := range map[string]string{
		"export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE":                    "an AWS access key ID",
		"-----BEGIN OPENSSH PRIVATE KEY-----":                              "a private key",
		"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY": "an AWS secret access key",
		"DB_PASSWORD=hunter2hunter2":                                       "a password",
		"client_secret: 'abcdefgh'":                                        "a password",
		"REVNX1BBU1NXT1JEPWh1bnRlcjJodW50ZXIy":                             "a password", // base64
		"DB_PASSWORD=$(aws ssm get-parameter --name /db)":                  "",
		"password: ${DB_PASSWORD}":                                         "",
		"echo 'PasswordAuthentication no' >> /etc/ssh/sshd_config":         "",
		"aws secretsmanager get-secret-value --secret-id prod/db":          "",
		"-----BEGIN CERTIFICATE-----":                                      "",
		"password=short":                                                   "",
	} {
		if got := findSecret(text); got != want {
			t.Errorf("findSecret(%q) = %q, want %q", text, got, want)
		}
	}
}
