# The regional stamp in ap-south-1: the same module in every region.
module "region_ap_south_1" {
  source = "./modules/region"
  providers = {
    aws = aws.ap_south_1
  }

  name         = "phase-0-mvp-ap-south-1"
  vpc_cidr     = var.vpc_cidrs["ap-south-1"]
  zones        = ["ap-south-1a"]
  min_zones    = 1
  nat_gateways = true
  app_port     = var.app_port
  ec2_services = {
    box = {
      name             = "phase-0-mvp-ap-south-1-box"
      instance_type    = "t3.large"
      architecture     = "x86_64"
      min_size         = 1
      max_size         = 1
      desired_capacity = 1
      zones            = ["ap-south-1a"]
      cpu_target       = null
      requests_target  = null
      warmup_seconds   = 300
      load_balancers   = []
      user_data        = var.ec2_user_data["box"]
      access           = []
    }
  }
}
