output "eks_clusters" {
  description = "EKS cluster of each region, named <design>-<region>: kubectl's context after aws eks update-kubeconfig."
  value = {
    ap-south-1 = module.region_ap_south_1.eks_cluster_name
    us-east-1  = module.region_us_east_1.eks_cluster_name
  }
}

output "eks_node_groups" {
  description = "EKS node group sizes of each region."
  value = {
    ap-south-1 = module.region_ap_south_1.eks_node_groups
    us-east-1  = module.region_us_east_1.eks_node_groups
  }
}

output "ingress_load_balancers" {
  description = "Load balancers of the design that Terraform does not create: the Kubernetes export's Ingress does."
  value = {
    ingress-mumbai = {
      region   = "ap-south-1"
      services = ["service-a-mumbai", "service-b-mumbai"]
      made_by  = "the Kubernetes Ingress, through the AWS Load Balancer Controller"
    }
    ingress-virginia = {
      region   = "us-east-1"
      services = ["service-a-virginia", "service-b-virginia"]
      made_by  = "the Kubernetes Ingress, through the AWS Load Balancer Controller"
    }
  }
}

output "name_servers" {
  description = "Name servers of the Route 53 zone: set them at the domain's registrar."
  value       = aws_route53_zone.dns.name_servers
}

output "cloudfront_domain_names" {
  description = "CloudFront domain names by component id (null until created)."
  value = {
    cdn = one(aws_cloudfront_distribution.cdn[*].domain_name)
  }
}

output "aurora_endpoints" {
  description = "Aurora writer and reader endpoints, by region."
  value = {
    ap-south-1 = module.region_ap_south_1.aurora_endpoints
    us-east-1  = module.region_us_east_1.aurora_endpoints
  }
}

output "cache_endpoints" {
  description = "ElastiCache endpoints, by region."
  value = {
    ap-south-1 = module.region_ap_south_1.cache_endpoints
    us-east-1  = module.region_us_east_1.cache_endpoints
  }
}
