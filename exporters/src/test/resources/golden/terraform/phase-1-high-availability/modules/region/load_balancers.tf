locals {
  lb_targets = flatten([
    for k, lb in var.load_balancers : [
      for s in keys(lb.targets) : {
        key     = "${k}/${s}"
        owner   = k
        service = s
      }
    ]
  ])
  lb_cidrs = flatten([
    for k, lb in var.load_balancers : [
      for p in setproduct(lb.ingress_cidrs, [80, 443]) : {
        key   = "${k}/${p[0]}/${p[1]}"
        owner = k
        cidr  = p[0]
        port  = p[1]
      }
    ]
  ])
  lb_cloudfront = { for k, lb in var.load_balancers : k => lb if lb.cloudfront_only }
  lb_cloudfront_ports = flatten([
    for k in keys(local.lb_cloudfront) : [
      for port in [80, 443] : {
        key   = "${k}/${port}"
        owner = k
        port  = port
      }
    ]
  ])
}

data "aws_ec2_managed_prefix_list" "cloudfront" {
  count = length(local.lb_cloudfront) > 0 ? 1 : 0

  name = "com.amazonaws.global.cloudfront.origin-facing"
}

resource "aws_security_group" "load_balancer" {
  for_each = var.load_balancers

  name        = "${var.name}-${each.key}-lb"
  description = "Load balancer ${each.key}"
  vpc_id      = aws_vpc.this.id

  tags = {
    Name                 = "${var.name}-${each.key}-lb"
    "scalelab:component" = each.key
  }
}

resource "aws_vpc_security_group_ingress_rule" "load_balancer_cidr" {
  for_each = { for r in local.lb_cidrs : r.key => r }

  security_group_id = aws_security_group.load_balancer[each.value.owner].id
  cidr_ipv4         = each.value.cidr
  description       = "HTTP(S) from ${each.value.cidr}"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port

  tags = {
    Name                 = "HTTP(S) from ${each.value.cidr}"
    "scalelab:component" = each.value.owner
  }
}

# Load balancers behind CloudFront take traffic from CloudFront's addresses only.
resource "aws_vpc_security_group_ingress_rule" "load_balancer_cloudfront" {
  for_each = { for r in local.lb_cloudfront_ports : r.key => r }

  security_group_id = aws_security_group.load_balancer[each.value.owner].id
  prefix_list_id    = data.aws_ec2_managed_prefix_list.cloudfront[0].id
  description       = "HTTP(S) from CloudFront"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port

  tags = {
    Name                 = "HTTP(S) from CloudFront"
    "scalelab:component" = each.value.owner
  }
}

resource "aws_vpc_security_group_egress_rule" "load_balancer" {
  for_each = { for r in local.lb_targets : r.key => r }

  security_group_id            = aws_security_group.load_balancer[each.value.owner].id
  referenced_security_group_id = aws_security_group.ec2[each.value.service].id
  description                  = "To ${each.value.service}"
  ip_protocol                  = "tcp"
  from_port                    = var.app_port
  to_port                      = var.app_port

  tags = {
    Name                 = "To ${each.value.service}"
    "scalelab:component" = each.value.owner
  }
}

resource "aws_vpc_security_group_ingress_rule" "ec2_from_load_balancer" {
  for_each = { for r in local.lb_targets : r.key => r }

  security_group_id            = aws_security_group.ec2[each.value.service].id
  referenced_security_group_id = aws_security_group.load_balancer[each.value.owner].id
  description                  = "From load balancer ${each.value.owner}"
  ip_protocol                  = "tcp"
  from_port                    = var.app_port
  to_port                      = var.app_port

  tags = {
    Name                 = "From load balancer ${each.value.owner}"
    "scalelab:component" = each.value.owner
  }
}

resource "aws_lb" "this" {
  for_each = var.load_balancers

  internal           = each.value.internal
  load_balancer_type = "application"
  security_groups    = [aws_security_group.load_balancer[each.key].id]
  subnets            = [for z in coalescelist(each.value.zones, local.zones) : each.value.internal ? aws_subnet.private[z].id : aws_subnet.public[z].id]
  # Requests with malformed headers are dropped, not passed to the targets.
  drop_invalid_header_fields = true

  tags = {
    Name                 = "${var.name}-${each.key}"
    "scalelab:component" = each.key
  }
}

resource "aws_lb_target_group" "this" {
  for_each = { for r in local.lb_targets : r.key => r }

  port                          = var.app_port
  protocol                      = "HTTP"
  target_type                   = "instance"
  vpc_id                        = aws_vpc.this.id
  load_balancing_algorithm_type = var.load_balancers[each.value.owner].algorithm

  health_check {
    path    = var.load_balancers[each.value.owner].health_check_path
    matcher = "200-399"
  }

  tags = {
    Name                 = "${var.name}-${each.value.owner}-${each.value.service}"
    "scalelab:component" = each.value.owner
  }
}

# HTTP forwards to the targets; with a certificate it redirects to HTTPS instead.
resource "aws_lb_listener" "http" {
  for_each = var.load_balancers

  load_balancer_arn = aws_lb.this[each.key].arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = each.value.certificate_arn == null ? "forward" : "redirect"

    dynamic "forward" {
      for_each = each.value.certificate_arn == null ? [1] : []

      content {
        dynamic "target_group" {
          for_each = each.value.targets

          content {
            arn    = aws_lb_target_group.this["${each.key}/${target_group.key}"].arn
            weight = target_group.value
          }
        }
      }
    }

    dynamic "redirect" {
      for_each = each.value.certificate_arn == null ? [] : [1]

      content {
        port        = "443"
        protocol    = "HTTPS"
        status_code = "HTTP_301"
      }
    }
  }

  tags = {
    Name                 = "${var.name}-${each.key}-http"
    "scalelab:component" = each.key
  }
}

resource "aws_lb_listener" "https" {
  for_each = { for k, lb in var.load_balancers : k => lb if lb.certificate_arn != null }

  load_balancer_arn = aws_lb.this[each.key].arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = each.value.certificate_arn

  default_action {
    type = "forward"

    forward {
      dynamic "target_group" {
        for_each = each.value.targets

        content {
          arn    = aws_lb_target_group.this["${each.key}/${target_group.key}"].arn
          weight = target_group.value
        }
      }
    }
  }

  tags = {
    Name                 = "${var.name}-${each.key}-https"
    "scalelab:component" = each.key
  }
}
