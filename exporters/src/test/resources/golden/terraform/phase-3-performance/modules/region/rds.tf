resource "aws_db_instance" "this" {
  for_each = var.rds_instances

  identifier        = each.value.identifier
  engine            = each.value.engine
  instance_class    = each.value.instance_class
  allocated_storage = each.value.allocated_storage_gib
  storage_type      = "gp3"
  multi_az          = each.value.multi_az
  username          = var.database_username
  # RDS generates the password and keeps it in Secrets Manager: it is in no file.
  manage_master_user_password = true
  backup_retention_period     = 7
  final_snapshot_identifier   = "${each.value.identifier}-final"
  copy_tags_to_snapshot       = true
  deletion_protection         = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.database[0].arn
  publicly_accessible         = false
  db_subnet_group_name        = aws_db_subnet_group.this[0].name
  vpc_security_group_ids      = [aws_security_group.database[each.key].id]
  auto_minor_version_upgrade  = true

  tags = {
    Name                 = each.value.identifier
    "scalelab:component" = each.key
  }
}

resource "aws_db_instance" "replica" {
  for_each = var.rds_replicas

  identifier          = each.value.identifier
  replicate_source_db = aws_db_instance.this[each.value.source].identifier
  instance_class      = each.value.instance_class
  # A replica is rebuilt from its source, so nothing is kept when it is deleted.
  skip_final_snapshot        = true
  storage_encrypted          = true
  kms_key_id                 = aws_kms_key.database[0].arn
  publicly_accessible        = false
  db_subnet_group_name       = aws_db_subnet_group.this[0].name
  vpc_security_group_ids     = [aws_security_group.database[each.value.database].id]
  auto_minor_version_upgrade = true

  tags = {
    Name                 = each.value.identifier
    "scalelab:component" = each.value.database
  }
}

resource "aws_db_instance" "cross_region_replica" {
  for_each = var.rds_cross_region_replicas

  identifier          = each.value.identifier
  replicate_source_db = each.value.source
  instance_class      = each.value.instance_class
  # A replica is rebuilt from its source, so nothing is kept when it is deleted.
  skip_final_snapshot        = true
  storage_encrypted          = true
  kms_key_id                 = aws_kms_key.database[0].arn
  publicly_accessible        = false
  db_subnet_group_name       = aws_db_subnet_group.this[0].name
  vpc_security_group_ids     = [aws_security_group.database[each.value.database].id]
  auto_minor_version_upgrade = true

  tags = {
    Name                 = each.value.identifier
    "scalelab:component" = each.value.database
  }
}
