#tfsec:ignore:aws-ec2-enable-volume-encryption
resource "aws_ebs_volume" "above" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}

resource "aws_ebs_volume" "trailing" {
  availability_zone = "eu-west-1a"
  encrypted         = false // tfsec:ignore:AVD-AWS-0026 scratch disk
}

#tfsec:ignore:aws-ec2-enable-volume-encryption:exp:2025-06-30
resource "aws_ebs_volume" "expired" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}

#tfsec:ignore:aws-ec2-enable-volume-encryption:exp:2099-01-01 until the migration
resource "aws_ebs_volume" "future" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}

#tfsec:ignore:AWS999
resource "aws_ebs_volume" "unmapped" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}

resource "aws_ebs_volume" "two" {
  availability_zone = "eu-west-1a"
  encrypted         = false #tfsec:ignore:aws-s3-enable-versioning #tfsec:ignore:aws-ec2-enable-volume-encryption
}
