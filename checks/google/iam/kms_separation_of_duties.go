package iam

import "github.com/tenantlint/tenantlint/lint"

// KMSSeparationOfDuties flags a member that is both Cloud KMS Admin and an
// encrypter or decrypter of keys on the same project, folder or
// organisation. Grants under a real condition, and unknown members, roles
// and targets, are not paired.
var KMSSeparationOfDuties = &lint.Check{
	ID:       "google-iam-kms-separation-of-duties",
	Title:    "One member both administers Cloud KMS keys and uses them",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Separation of duties keeps whoever manages keys (creates, rotates, destroys them, changes their " +
		"IAM) from also encrypting and decrypting data with them. One identity holding both can read every " +
		"protected object and cover its tracks by changing key policies, and one stolen credential gives both.",
	Remediation: "Give key administration and key use to different members:\n\n" +
		"    resource \"google_project_iam_member\" \"kms_admin\" {\n      project = var.project_id\n" +
		"      role    = \"roles/cloudkms.admin\"\n      member  = \"group:kms-admins@example.com\"\n    }\n\n" +
		"    resource \"google_kms_crypto_key_iam_member\" \"app\" {\n      crypto_key_id = google_kms_crypto_key.k.id\n" +
		"      role          = \"roles/cloudkms.cryptoKeyEncrypterDecrypter\"\n" +
		"      member        = \"serviceAccount:${google_service_account.app.email}\"\n    }",
	Links: []string{
		"https://cloud.google.com/kms/docs/separation-of-duties",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam",
	},
	Resources: hierarchyTypes,
	Run: func(p *lint.Pass) {
		separation(p, []string{"roles/cloudkms.admin"},
			[]string{"roles/cloudkms.cryptoKeyEncrypterDecrypter", "roles/cloudkms.cryptoKeyEncrypter", "roles/cloudkms.cryptoKeyDecrypter"},
			"key administration and key use should be separate")
	},
}
