# Parses, so init succeeds, but refers to a variable nobody declared: plan fails.
resource "terraform_data" "broken" {
  input = upper(var.undeclared)
}
