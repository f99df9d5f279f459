package secretname

import "testing"

func TestFind(t *testing.T) {
	for text, want := range map[string]string{
		"export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE":                      "an AWS access key ID",
		"key = ASIAIOSFODNN7EXAMPLE":                                         "an AWS access key ID",
		"some_name: AKIAIOSFODNN7EXAMPLE":                                    "an AWS access key ID",
		"-----BEGIN OPENSSH PRIVATE KEY-----":                                "a private key",
		"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY":   "an AWS secret access key",
		"export AWS_SECRET_ACCESS_KEY=abcd1234":                              "an AWS secret access key",
		"DB_PASSWORD=hunter2hunter2":                                         "a password",
		"client_secret: 'abcdefgh'":                                          "a password",
		`{"password": "hunter2"}`:                                            "a password",
		`echo "{\"password\": \"hunter2\"}" > /etc/app.json`:                 "a password",
		`export API_TOKEN=\"tok-1234\"`:                                      "a password",
		"token: abcd-efgh":                                                   "a password",
		"mysql --password=hunter2 -u root":                                   "a password",
		"password=short":                                                     "a password",
		"REVNX1BBU1NXT1JEPWh1bnRlcjJodW50ZXIy":                               "a password", // base64 of DB_PASSWORD=hunter2hunter2
		"DB_PASSWORD=$(aws ssm get-parameter --name /db)":                    "",
		"password: ${DB_PASSWORD}":                                           "",
		"PASSWORD=%DB_PASSWORD%":                                             "",
		"password: {{ db_password }}":                                        "",
		"password=<your-password>":                                           "",
		"password=":                                                          "",
		"DB_PASSWORD_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:1:secret:x": "",
		"TOKEN_ENDPOINT=https://login.example.com/token":                     "",
		"lock_passwd: false":                                                 "",
		"echo 'PasswordAuthentication no' >> /etc/ssh/sshd_config":           "",
		"aws secretsmanager get-secret-value --secret-id prod/db":            "",
		"-----BEGIN CERTIFICATE-----":                                        "",
		"#!/bin/bash\nyum install -y httpd":                                  "",
	} {
		if got := Find(text); got != want {
			t.Errorf("Find(%q) = %q, want %q", text, got, want)
		}
	}
}
