# Each file names its tool in one spelling only: the cheap test that picks
# the files to read for peer comments must agree with the comment syntax,
# which takes any case.
#TfSec:ignore:aws-ec2-enable-volume-encryption
resource "aws_ebs_volume" "tfsec_mixed" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}
