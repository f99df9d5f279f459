variable "encrypted" {
  type    = bool
  default = false
}

resource "aws_ebs_volume" "open" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = var.encrypted
}

resource "aws_ebs_volume" "accepted" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = false # tenantlint:ignore:aws-ec2-encrypt-volumes -- scratch space, wiped nightly
}

# tenantlint:ignore:aws-ec2-encrypt-volumes exp:2020-01-01 -- until the migration
resource "aws_ebs_volume" "expired" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = false
}

resource "aws_ebs_volume" "legacy" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = false
}

resource "aws_s3_bucket" "assets" {
  bucket = "project-assets"
}

module "disk" {
  source = "./modules/disk"
}
