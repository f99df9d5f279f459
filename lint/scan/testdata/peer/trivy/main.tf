#trivy:ignore:AVD-AWS-0026
resource "aws_ebs_volume" "above" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}

# trivy:ignore:aws-0026:exp:2099-12-31 short form, lower case, with expiry
resource "aws_ebs_volume" "future" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}

#trivy:ignore:AVD-AWS-0026:exp:2025-01-01
resource "aws_ebs_volume" "expired" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}

#trivy:ignore:AVD-AWS-0190
resource "aws_ebs_volume" "unmapped" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}

#trivy:ignore:aws-ec2-enable-volume-encryption
resource "aws_ebs_volume" "long_id" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}

#trivy:ignore:CKV_AWS_3
resource "aws_ebs_volume" "wrong_tool" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}
