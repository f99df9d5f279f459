package secretname

import "testing"

func TestRevealing(t *testing.T) {
	for _, c := range []struct {
		name, value string
		want        bool
	}{
		{"AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", true},
		{"value", "AKIAIOSFODNN7EXAMPLE", true},
		{"", "export DB_PASSWORD=hunter2hunter2", true},
		{"user_data", "#!/bin/bash\npassword: hunter2hunter2\n", true},
		{"Action", "secretsmanager:GetSecretValue", false},
		{"", "token: abcd-efgh", false},
		{"DB_PASSWORD_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:1:secret:x", false},
		{"image", "nginx:1.27", false},
		{"password", "true", false},
	} {
		if got := Revealing(c.name, c.value); got != c.want {
			t.Errorf("Revealing(%q, %q) = %v, want %v", c.name, c.value, got, c.want)
		}
	}
}
