# The latest Amazon Linux 2023 AMI, from its public SSM parameter (AL2023 User Guide).
data "aws_ssm_parameter" "al2023" {
  for_each = toset([for s in var.ec2_services : s.architecture])

  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${each.key}"
}

resource "aws_iam_role" "ec2" {
  for_each = var.ec2_services

  name = each.value.name
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ec2.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name                 = each.value.name
    "scalelab:component" = each.key
  }
}

# Systems Manager Session Manager instead of SSH: no key pair, no open port 22.
resource "aws_iam_role_policy_attachment" "ec2_ssm" {
  for_each = var.ec2_services

  role       = aws_iam_role.ec2[each.key].name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "ec2" {
  for_each = var.ec2_services

  name = each.value.name
  role = aws_iam_role.ec2[each.key].name

  tags = {
    Name                 = each.value.name
    "scalelab:component" = each.key
  }
}

resource "aws_security_group" "ec2" {
  for_each = var.ec2_services

  name        = each.value.name
  description = "Instances of ${each.key}"
  vpc_id      = aws_vpc.this.id

  tags = {
    Name                 = each.value.name
    "scalelab:component" = each.key
  }
}

# Outbound: package repositories, image registries and AWS APIs, through the NAT.
resource "aws_vpc_security_group_egress_rule" "ec2" {
  for_each = var.ec2_services

  security_group_id = aws_security_group.ec2[each.key].id
  description       = "All outbound traffic"
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name                 = each.value.name
    "scalelab:component" = each.key
  }
}

resource "aws_iam_role_policy" "ec2" {
  for_each = { for k, s in var.ec2_services : k => s if length(s.access) > 0 }

  name = "calls"
  role = aws_iam_role.ec2[each.key].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      for a in each.value.access : {
        Effect   = "Allow"
        Action   = a.actions
        Resource = a.resources
      }
    ]
  })
}

resource "aws_launch_template" "ec2" {
  for_each = var.ec2_services

  name_prefix            = "${each.value.name}-"
  image_id               = data.aws_ssm_parameter.al2023[each.value.architecture].insecure_value
  instance_type          = each.value.instance_type
  user_data              = base64encode(each.value.user_data)
  vpc_security_group_ids = [aws_security_group.ec2[each.key].id]

  iam_instance_profile {
    arn = aws_iam_instance_profile.ec2[each.key].arn
  }

  # IMDSv2 only: a token is required, and one network hop keeps containers out.
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = 8
      volume_type           = "gp3"
      encrypted             = true
      delete_on_termination = true
    }
  }

  monitoring {
    enabled = true
  }

  tag_specifications {
    resource_type = "instance"
    tags = {
      Name                 = each.value.name
      "scalelab:component" = each.key
    }
  }

  tag_specifications {
    resource_type = "volume"
    tags = {
      Name                 = each.value.name
      "scalelab:component" = each.key
    }
  }

  tags = {
    Name                 = each.value.name
    "scalelab:component" = each.key
  }
}

resource "aws_autoscaling_group" "ec2" {
  for_each = var.ec2_services

  name                      = each.value.name
  min_size                  = each.value.min_size
  max_size                  = each.value.max_size
  desired_capacity          = each.value.desired_capacity
  vpc_zone_identifier       = [for z in coalescelist(each.value.zones, local.zones) : aws_subnet.private[z].id]
  default_instance_warmup   = each.value.warmup_seconds
  health_check_grace_period = each.value.warmup_seconds

  launch_template {
    id      = aws_launch_template.ec2[each.key].id
    version = aws_launch_template.ec2[each.key].latest_version
  }

  # A new launch template version replaces the instances a few at a time.
  instance_refresh {
    strategy = "Rolling"
  }

  tag {
    key                 = "Name"
    value               = each.value.name
    propagate_at_launch = true
  }

  tag {
    key                 = "scalelab:component"
    value               = each.key
    propagate_at_launch = true
  }

  # Target tracking moves the desired capacity; Terraform leaves it alone after creation.
  lifecycle {
    ignore_changes = [desired_capacity]
  }
}

resource "aws_autoscaling_policy" "cpu" {
  for_each = { for k, s in var.ec2_services : k => s if s.cpu_target != null }

  name                      = "${each.value.name}-cpu"
  autoscaling_group_name    = aws_autoscaling_group.ec2[each.key].name
  policy_type               = "TargetTrackingScaling"
  estimated_instance_warmup = each.value.warmup_seconds

  target_tracking_configuration {
    target_value = each.value.cpu_target

    predefined_metric_specification {
      predefined_metric_type = "ASGAverageCPUUtilization"
    }
  }
}
