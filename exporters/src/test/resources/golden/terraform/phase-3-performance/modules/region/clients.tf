# The security group of each service that may call a data store, by client key.
locals {
  client_security_groups = { for c in aws_eks_cluster.this : "eks:nodes" => c.vpc_config[0].cluster_security_group_id }
}
