output "load_balancers" {
  description = "DNS names of the load balancers Terraform creates, by region and component id."
  value = {
    ap-south-1 = module.region_ap_south_1.load_balancer_dns_names
  }
}

output "rds_endpoints" {
  description = "RDS endpoints, by region."
  value = {
    ap-south-1 = module.region_ap_south_1.rds_endpoints
  }
}
