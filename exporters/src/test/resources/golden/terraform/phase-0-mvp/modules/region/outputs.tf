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
