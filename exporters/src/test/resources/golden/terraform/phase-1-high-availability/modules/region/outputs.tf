output "vpc_id" {
  description = "The region's VPC."
  value       = aws_vpc.this.id
}

output "private_subnet_ids" {
  description = "Private subnets by zone (instances, EKS nodes, internal load balancers)."
  value       = { for z, s in aws_subnet.private : z => s.id }
}

output "public_subnet_ids" {
  description = "Public subnets by zone (internet-facing load balancers, NAT gateways)."
  value       = { for z, s in aws_subnet.public : z => s.id }
}

output "autoscaling_groups" {
  description = "Auto Scaling group names by EC2 service."
  value       = { for k, g in aws_autoscaling_group.ec2 : k => g.name }
}

output "load_balancer_dns_names" {
  description = "DNS names of the load balancers Terraform creates, by component id."
  value       = { for k, lb in aws_lb.this : k => lb.dns_name }
}

output "load_balancer_arns" {
  description = "ARNs of those load balancers (for WAF associations)."
  value       = { for k, lb in aws_lb.this : k => lb.arn }
}

output "load_balancer_zone_ids" {
  description = "Route 53 hosted zone ids of those load balancers (for alias records)."
  value       = { for k, lb in aws_lb.this : k => lb.zone_id }
}

output "rds_arns" {
  description = "ARNs of the RDS primaries, by component id (sources of cross-region replicas)."
  value       = { for k, db in aws_db_instance.this : k => db.arn }
}

output "rds_endpoints" {
  description = "Endpoints (host:port) of the RDS instances and replicas, by identifier."
  value       = merge({ for k, db in aws_db_instance.this : db.identifier => db.endpoint }, { for k, db in aws_db_instance.replica : k => db.endpoint }, { for k, db in aws_db_instance.cross_region_replica : k => db.endpoint })
}
