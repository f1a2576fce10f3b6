# The regional stamp in ap-south-1: the same module in every region.
module "region_ap_south_1" {
  source = "./modules/region"
  providers = {
    aws = aws.ap_south_1
  }

  name         = "phase-1-high-availability-ap-south-1"
  vpc_cidr     = var.vpc_cidrs["ap-south-1"]
  zones        = ["ap-south-1a", "ap-south-1b"]
  min_zones    = 2
  nat_gateways = true
  app_port     = var.app_port
  ec2_services = {
    web = {
      name             = "phase-1-high-availability-ap-south-1-web"
      instance_type    = "m5.large"
      architecture     = "x86_64"
      min_size         = 2
      max_size         = 20
      desired_capacity = 2
      zones            = ["ap-south-1a", "ap-south-1b"]
      cpu_target       = 50
      requests_target  = null
      warmup_seconds   = 120
      load_balancers   = ["alb"]
      user_data        = var.ec2_user_data["web"]
      access           = []
    }
  }
  load_balancers = {
    alb = {
      internal        = false
      algorithm       = "round_robin"
      zones           = ["ap-south-1a", "ap-south-1b"]
      cloudfront_only = false
      ingress_cidrs   = var.allowed_cidrs
      targets = {
        web = 100
      }
      certificate_arn   = lookup(var.certificate_arns, "alb", null)
      health_check_path = var.health_check_path
    }
  }
  database_access = {
    db = {
      port    = 5432
      clients = ["web"]
    }
  }
  database_username = var.database_username
  rds_instances = {
    db = {
      identifier            = "phase-1-high-availability-ap-south-1-db"
      engine                = "postgres"
      instance_class        = "db.m5.large"
      allocated_storage_gib = 100
      multi_az              = true
    }
  }
}
