# One provider per region. Every resource is tagged with the design through default_tags,
# and with the component it implements through its own tags.
provider "aws" {
  alias  = "ap_south_1"
  region = "ap-south-1"

  default_tags {
    tags = {
      "scalelab:design"     = "phase-4-global"
      "scalelab:managed-by" = "terraform"
    }
  }
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = {
      "scalelab:design"     = "phase-4-global"
      "scalelab:managed-by" = "terraform"
    }
  }
}
