resource "aws_db_subnet_group" "this" {
  count = length(var.database_access) > 0 ? 1 : 0

  name       = var.name
  subnet_ids = [for s in aws_subnet.database : s.id]

  tags = {
    Name                 = var.name
    "scalelab:component" = "shared"
  }
}

resource "aws_kms_key" "database" {
  count = length(var.database_access) > 0 ? 1 : 0

  description         = "Database storage of ${var.name}"
  enable_key_rotation = true

  tags = {
    Name                 = "${var.name}-database"
    "scalelab:component" = "shared"
  }
}

resource "aws_security_group" "database" {
  for_each = var.database_access

  name        = "${var.name}-${each.key}-db"
  description = "Database ${each.key}: its clients only"
  vpc_id      = aws_vpc.this.id

  tags = {
    Name                 = "${var.name}-${each.key}-db"
    "scalelab:component" = each.key
  }
}

locals {
  database_clients = flatten([
    for k, v in var.database_access : [
      for c in v.clients : {
        key   = "${k}/${c}"
        owner = k
        item  = c
        port  = v.port
      }
    ]
  ])
}

resource "aws_vpc_security_group_ingress_rule" "database" {
  for_each = { for r in local.database_clients : r.key => r }

  security_group_id            = aws_security_group.database[each.value.owner].id
  referenced_security_group_id = local.client_security_groups[each.value.item]
  description                  = "From ${each.value.item}"
  ip_protocol                  = "tcp"
  from_port                    = each.value.port
  to_port                      = each.value.port

  tags = {
    Name                 = "From ${each.value.item}"
    "scalelab:component" = each.value.owner
  }
}
