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

output "eks_cluster_name" {
  description = "The EKS cluster, <design>-<region>; null without EKS services here."
  value       = var.eks == null ? null : aws_eks_cluster.this[0].name
}

output "eks_cluster_endpoint" {
  description = "The EKS API endpoint."
  value       = var.eks == null ? null : aws_eks_cluster.this[0].endpoint
}

output "eks_node_groups" {
  description = "Node group sizes by name."
  value       = { for k, g in aws_eks_node_group.this : k => g.scaling_config[0] }
}

output "rds_arns" {
  description = "ARNs of the RDS primaries, by component id (sources of cross-region replicas)."
  value       = { for k, db in aws_db_instance.this : k => db.arn }
}

output "rds_endpoints" {
  description = "Endpoints (host:port) of the RDS instances and replicas, by identifier."
  value       = merge({ for k, db in aws_db_instance.this : db.identifier => db.endpoint }, { for k, db in aws_db_instance.replica : k => db.endpoint }, { for k, db in aws_db_instance.cross_region_replica : k => db.endpoint })
}

output "cache_endpoints" {
  description = "Configuration (cluster mode) or primary endpoint of each cache."
  value       = { for k, g in aws_elasticache_replication_group.this : k => coalesce(g.configuration_endpoint_address, g.primary_endpoint_address) }
}
