# The regional stamp in ap-south-1: the same module in every region.
module "region_ap_south_1" {
  source = "./modules/region"
  providers = {
    aws = aws.ap_south_1
  }

  name         = "phase-2-microservices-ap-south-1"
  vpc_cidr     = var.vpc_cidrs["ap-south-1"]
  zones        = ["ap-south-1a", "ap-south-1b", "ap-south-1c"]
  min_zones    = 2
  nat_gateways = true
  # EKS nodes hold the pods' CPU and memory requests at the services' fewest and most
  # pods, packed onto the instance type as the cost model packs them:
  # m6i.large: service-a + service-b
  eks = {
    kubernetes_version  = var.eks_kubernetes_version
    components          = "service-a service-b"
    public_access_cidrs = var.admin_cidrs
    node_groups = {
      m6i-large = {
        instance_type = "m6i.large"
        ami_type      = "AL2023_x86_64_STANDARD"
        min_size      = 7
        max_size      = 150
        desired_size  = 7
      }
    }
    cluster_role         = "phase-2-microservices-ap-south-1-eks-cluster"
    node_role            = "phase-2-microservices-ap-south-1-eks-node"
    node_template_prefix = "phase-2-microservices-ap-south-1-eks-node-"
  }
  database_access = {
    db = {
      port    = 5432
      clients = ["eks:nodes"]
    }
  }
  database_username = var.database_username
  rds_instances = {
    db = {
      identifier            = "phase-2-microservices-ap-south-1-db"
      engine                = "postgres"
      instance_class        = "db.r6g.large"
      allocated_storage_gib = 200
      multi_az              = true
    }
  }
}

# Load balancer 'ingress' (in front of service-a, service-b) is not here: the Kubernetes
# Ingress of those services makes it, through the AWS Load Balancer Controller.
