locals {
  aurora_instances = flatten([
    for k, v in var.aurora_clusters : [
      for c in keys(v.instances) : {
        key            = "${k}/${c}"
        owner          = k
        item           = c
        instance_class = v.instances[c]
      }
    ]
  ])
}

resource "aws_rds_global_cluster" "this" {
  for_each = { for k, c in var.aurora_clusters : k => c if c.create_global_cluster }

  global_cluster_identifier = each.value.global_cluster
  engine                    = each.value.engine
  engine_version            = each.value.engine_version
  storage_encrypted         = true
  deletion_protection       = true
}

resource "aws_rds_cluster" "this" {
  for_each = var.aurora_clusters

  cluster_identifier        = each.value.identifier
  engine                    = each.value.engine
  engine_version            = each.value.engine_version
  global_cluster_identifier = each.value.global_cluster
  # A secondary takes its user from the primary; the primary's password is generated
  # by RDS and kept in Secrets Manager: it is in no file.
  master_username             = each.value.secondary ? null : var.database_username
  manage_master_user_password = each.value.secondary ? null : true
  # Services in a secondary region send their writes through it to the primary.
  enable_global_write_forwarding = each.value.secondary ? true : null
  storage_encrypted              = true
  kms_key_id                     = aws_kms_key.database[0].arn
  db_subnet_group_name           = aws_db_subnet_group.this[0].name
  vpc_security_group_ids         = [aws_security_group.database[each.key].id]
  backup_retention_period        = 7
  final_snapshot_identifier      = "${each.value.identifier}-final"
  copy_tags_to_snapshot          = true
  deletion_protection            = true

  tags = {
    Name                 = each.value.identifier
    "scalelab:component" = each.key
  }

  # AWS sets the replication source of a secondary; Terraform must not undo it.
  lifecycle {
    ignore_changes = [replication_source_identifier]
  }

  depends_on = [aws_rds_global_cluster.this]
}

resource "aws_rds_cluster_instance" "this" {
  for_each = { for r in local.aurora_instances : r.key => r }

  identifier                 = each.value.item
  cluster_identifier         = aws_rds_cluster.this[each.value.owner].id
  instance_class             = each.value.instance_class
  engine                     = aws_rds_cluster.this[each.value.owner].engine
  engine_version             = aws_rds_cluster.this[each.value.owner].engine_version
  db_subnet_group_name       = aws_db_subnet_group.this[0].name
  publicly_accessible        = false
  auto_minor_version_upgrade = true

  tags = {
    Name                 = each.value.item
    "scalelab:component" = each.value.owner
  }
}
