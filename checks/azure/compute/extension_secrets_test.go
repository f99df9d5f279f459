package compute

import "testing"

func TestSecretKey(t *testing.T) {
	for key, want := range map[string]bool{
		"password":            true,
		"adminPassword":       true,
		"storageAccountKey":   true,
		"storage_account_key": true,
		"workspaceKey":        true,
		"clientSecret":        true,
		"sasToken":            true,
		"ConnectionString":    true,
		"publicKey":           false,
		"sshPublicKey":        false,
		"keyVaultUrl":         false,
		"commandToExecute":    false,
		"fileUris":            false,
		"workspaceId":         false,
	} {
		if got := SecretKey(key); got != want {
			t.Errorf("SecretKey(%q) = %v, want %v", key, got, want)
		}
	}
}

func TestHasSAS(t *testing.T) {
	for s, want := range map[string]bool{
		"https://st.blob.core.windows.net/c/s.sh?sv=2022-11-02&sig=abc": true,
		"https://st.blob.core.windows.net/c/s.sh":                       false,
		"https://st.blob.core.windows.net/c/s.sh?sig=":                  false,
		"sig=abc":   false,
		"not a url": false,
	} {
		if got := hasSAS(s); got != want {
			t.Errorf("hasSAS(%q) = %v, want %v", s, got, want)
		}
	}
}
