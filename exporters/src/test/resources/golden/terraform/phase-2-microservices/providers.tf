# One provider per region. Every resource is tagged with the design through default_tags,
# and with the component it implements through its own tags.
provider "aws" {
  alias  = "ap_south_1"
  region = "ap-south-1"

  default_tags {
    tags = {
      "scalelab:design"     = "phase-2-microservices"
      "scalelab:managed-by" = "terraform"
    }
  }
}
