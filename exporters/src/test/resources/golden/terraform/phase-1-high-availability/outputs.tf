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

# One address per output, named <component>_<what>: the names the Kubernetes ConfigMaps
# give in *_TERRAFORM_OUTPUT. terraform output -raw NAME prints one.
output "alb_dns_name" {
  description = "DNS name of load balancer alb."
  value       = module.region_ap_south_1.load_balancer_dns_names["alb"]
}

output "web_url" {
  description = "URL of EC2 service web: the DNS name of its load balancer alb, https when that has a certificate."
  value       = format("%s://%s", lookup(var.certificate_arns, "alb", null) == null ? "http" : "https", module.region_ap_south_1.load_balancer_dns_names["alb"])
}

output "db_endpoint" {
  description = "Writer endpoint of database db: host name, port 5432."
  value       = module.region_ap_south_1.rds_addresses["phase-1-high-availability-ap-south-1-db"]
}
