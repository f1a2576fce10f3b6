data "aws_partition" "current" {}

data "aws_availability_zones" "available" {
  state = "available"
}

# The design's zones first, then others of the region until there are min_zones: ALBs, RDS
# subnet groups, EKS and ElastiCache need subnets in two zones.
locals {
  zones      = slice(distinct(concat(var.zones, data.aws_availability_zones.available.names)), 0, max(length(var.zones), var.min_zones))
  zone_index = { for i, z in local.zones : z => i }
}

resource "aws_vpc" "this" {
  cidr_block           = var.vpc_cidr
  enable_dns_hostnames = true
  enable_dns_support   = true

  tags = {
    Name                 = var.name
    "scalelab:component" = "shared"
  }
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id

  tags = {
    Name                 = var.name
    "scalelab:component" = "shared"
  }
}

resource "aws_subnet" "public" {
  for_each = local.zone_index

  vpc_id            = aws_vpc.this.id
  availability_zone = each.key
  cidr_block        = cidrsubnet(var.vpc_cidr, 8, each.value)

  tags = {
    Name                     = "${var.name}-public-${each.key}"
    "scalelab:component"     = "shared"
    "kubernetes.io/role/elb" = "1"
  }
}

resource "aws_subnet" "private" {
  for_each = local.zone_index

  vpc_id            = aws_vpc.this.id
  availability_zone = each.key
  cidr_block        = cidrsubnet(var.vpc_cidr, 4, each.value + 2)

  tags = {
    Name                              = "${var.name}-private-${each.key}"
    "scalelab:component"              = "shared"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "database" {
  for_each = local.zone_index

  vpc_id            = aws_vpc.this.id
  availability_zone = each.key
  cidr_block        = cidrsubnet(var.vpc_cidr, 8, each.value + 16)

  tags = {
    Name                 = "${var.name}-database-${each.key}"
    "scalelab:component" = "shared"
  }
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.this.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.this.id
  }

  tags = {
    Name                 = "${var.name}-public"
    "scalelab:component" = "shared"
  }
}

resource "aws_route_table_association" "public" {
  for_each = aws_subnet.public

  subnet_id      = each.value.id
  route_table_id = aws_route_table.public.id
}

resource "aws_eip" "nat" {
  for_each = { for z, i in local.zone_index : z => i if var.nat_gateways }

  domain = "vpc"

  tags = {
    Name                 = "${var.name}-nat-${each.key}"
    "scalelab:component" = "shared"
  }
}

resource "aws_nat_gateway" "this" {
  for_each = aws_eip.nat

  allocation_id = each.value.id
  subnet_id     = aws_subnet.public[each.key].id

  tags = {
    Name                 = "${var.name}-${each.key}"
    "scalelab:component" = "shared"
  }

  depends_on = [aws_internet_gateway.this]
}

resource "aws_route_table" "private" {
  for_each = local.zone_index

  vpc_id = aws_vpc.this.id

  dynamic "route" {
    for_each = var.nat_gateways ? [each.key] : []

    content {
      cidr_block     = "0.0.0.0/0"
      nat_gateway_id = aws_nat_gateway.this[route.value].id
    }
  }

  tags = {
    Name                 = "${var.name}-private-${each.key}"
    "scalelab:component" = "shared"
  }
}

resource "aws_route_table_association" "private" {
  for_each = aws_subnet.private

  subnet_id      = each.value.id
  route_table_id = aws_route_table.private[each.key].id
}
