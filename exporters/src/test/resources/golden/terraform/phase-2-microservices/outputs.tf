output "eks_clusters" {
  description = "EKS cluster of each region, named <design>-<region>: kubectl's context after aws eks update-kubeconfig."
  value = {
    ap-south-1 = module.region_ap_south_1.eks_cluster_name
  }
}

output "eks_node_groups" {
  description = "EKS node group sizes of each region."
  value = {
    ap-south-1 = module.region_ap_south_1.eks_node_groups
  }
}

output "ingress_load_balancers" {
  description = "Load balancers of the design that Terraform does not create: the Kubernetes export's Ingress does."
  value = {
    ingress = {
      region   = "ap-south-1"
      services = ["service-a", "service-b"]
      made_by  = "the Kubernetes Ingress, through the AWS Load Balancer Controller"
    }
  }
}

output "rds_endpoints" {
  description = "RDS endpoints, by region."
  value = {
    ap-south-1 = module.region_ap_south_1.rds_endpoints
  }
}
