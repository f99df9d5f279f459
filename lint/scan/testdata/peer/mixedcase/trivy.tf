# TRIVY:IGNORE:AVD-AWS-0026
resource "aws_ebs_volume" "trivy_upper" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}
