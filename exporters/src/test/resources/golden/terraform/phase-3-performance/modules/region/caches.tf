resource "aws_elasticache_subnet_group" "this" {
  count = length(var.caches) > 0 ? 1 : 0

  name       = var.name
  subnet_ids = [for s in aws_subnet.database : s.id]

  tags = {
    Name                 = var.name
    "scalelab:component" = "shared"
  }
}

resource "aws_elasticache_parameter_group" "this" {
  for_each = var.caches

  name        = each.value.id
  family      = each.value.family
  description = "Cache ${each.key}"

  parameter {
    name  = "maxmemory-policy"
    value = each.value.eviction_policy
  }

  # Cluster mode when the cache has more than one shard.
  parameter {
    name  = "cluster-enabled"
    value = each.value.shards > 1 ? "yes" : "no"
  }

  tags = {
    Name                 = each.value.id
    "scalelab:component" = each.key
  }
}

resource "aws_security_group" "cache" {
  for_each = var.caches

  name        = "${var.name}-${each.key}-cache"
  description = "Cache ${each.key}: its clients only"
  vpc_id      = aws_vpc.this.id

  tags = {
    Name                 = "${var.name}-${each.key}-cache"
    "scalelab:component" = each.key
  }
}

locals {
  cache_clients = flatten([
    for k, v in var.caches : [
      for c in v.clients : {
        key   = "${k}/${c}"
        owner = k
        item  = c
      }
    ]
  ])
}

resource "aws_vpc_security_group_ingress_rule" "cache" {
  for_each = { for r in local.cache_clients : r.key => r }

  security_group_id            = aws_security_group.cache[each.value.owner].id
  referenced_security_group_id = local.client_security_groups[each.value.item]
  description                  = "From ${each.value.item}"
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379

  tags = {
    Name                 = "From ${each.value.item}"
    "scalelab:component" = each.value.owner
  }
}

resource "aws_elasticache_replication_group" "this" {
  for_each = var.caches

  replication_group_id    = each.value.id
  description             = "Cache ${each.key}"
  engine                  = each.value.engine
  node_type               = each.value.node_type
  num_node_groups         = each.value.shards
  replicas_per_node_group = each.value.replicas_per_shard
  parameter_group_name    = aws_elasticache_parameter_group.this[each.key].name
  port                    = 6379
  # A replica takes over when a primary fails, in another zone.
  automatic_failover_enabled = each.value.replicas_per_shard > 0 || each.value.shards > 1
  multi_az_enabled           = each.value.replicas_per_shard > 0
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  subnet_group_name          = aws_elasticache_subnet_group.this[0].name
  security_group_ids         = [aws_security_group.cache[each.key].id]

  tags = {
    Name                 = each.value.id
    "scalelab:component" = each.key
  }
}
