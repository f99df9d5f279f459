# A word that only looks like a tool's: xtfsec:ignore is no directive.
resource "aws_ebs_volume" "none" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}
