# Only Terraform's built-in terraform_data resources: no provider to download, no credentials.
terraform {
  required_version = ">= 1.4"
}

variable "greeting" {
  type    = string
  default = "hello"
}

resource "terraform_data" "first" {
  input = var.greeting
}

resource "terraform_data" "second" {
  input = terraform_data.first.output
}
