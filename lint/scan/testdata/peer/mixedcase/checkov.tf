resource "aws_ebs_volume" "checkov_mixed" {
  #cheCKov:skip=CKV_AWS_3:written in a mixed case
  availability_zone = "eu-west-1a"
  encrypted         = false
}
