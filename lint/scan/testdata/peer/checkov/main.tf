resource "aws_ebs_volume" "skipped" {
  availability_zone = "eu-west-1a"
  #checkov:skip=CKV_AWS_3:restored from a snapshot that is encrypted upstream
  encrypted = false
}

resource "aws_ebs_volume" "skip_at_end" {
  availability_zone = "eu-west-1a"
  encrypted         = false
  # checkov:skip=CKV2_AWS_2
}

resource "aws_ebs_volume" "unmapped" {
  #checkov:skip=CKV_AWS_23:descriptions later
  availability_zone = "eu-west-1a"
  encrypted         = false
}

#checkov:skip=CKV_AWS_3:outside the block covers nothing
resource "aws_ebs_volume" "outside" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}
