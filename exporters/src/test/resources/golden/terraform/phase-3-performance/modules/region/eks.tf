resource "aws_iam_role" "eks_cluster" {
  count = var.eks == null ? 0 : 1

  name = var.eks.cluster_role
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "eks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name                 = "${var.name}-eks-cluster"
    "scalelab:component" = var.eks.components
  }
}

resource "aws_iam_role_policy_attachment" "eks_cluster" {
  count = var.eks == null ? 0 : 1

  role       = aws_iam_role.eks_cluster[0].name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSClusterPolicy"
}

# Kubernetes secrets are encrypted with a key of this account (envelope encryption).
resource "aws_kms_key" "eks" {
  count = var.eks == null ? 0 : 1

  description         = "Kubernetes secrets of ${var.name}"
  enable_key_rotation = true

  tags = {
    Name                 = "${var.name}-eks"
    "scalelab:component" = var.eks.components
  }
}

resource "aws_cloudwatch_log_group" "eks" {
  count = var.eks == null ? 0 : 1

  name              = "/aws/eks/${var.name}/cluster"
  retention_in_days = 90

  tags = {
    Name                 = "${var.name}-eks"
    "scalelab:component" = var.eks.components
  }
}

resource "aws_eks_cluster" "this" {
  count = var.eks == null ? 0 : 1

  name                      = var.name
  version                   = var.eks.kubernetes_version
  role_arn                  = aws_iam_role.eks_cluster[0].arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  # The API is reachable from the nodes and from admin_cidrs only.
  vpc_config {
    subnet_ids              = [for s in aws_subnet.private : s.id]
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = var.eks.public_access_cidrs
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.eks[0].arn
    }
  }

  tags = {
    Name                 = var.name
    "scalelab:component" = var.eks.components
  }

  depends_on = [aws_iam_role_policy_attachment.eks_cluster, aws_cloudwatch_log_group.eks]
}

resource "aws_iam_role" "eks_node" {
  count = var.eks == null ? 0 : 1

  name = var.eks.node_role
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
    Name                 = "${var.name}-eks-node"
    "scalelab:component" = var.eks.components
  }
}

locals {
  eks_node_policies = [
    "AmazonEKSWorkerNodePolicy",
    "AmazonEKS_CNI_Policy",
    "AmazonEC2ContainerRegistryReadOnly",
    "AmazonSSMManagedInstanceCore",
  ]
}

resource "aws_iam_role_policy_attachment" "eks_node" {
  for_each = var.eks == null ? toset([]) : toset(local.eks_node_policies)

  role       = aws_iam_role.eks_node[0].name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/${each.key}"
}

# IMDSv2 only. Two hops, so that pods such as the AWS Load Balancer Controller can read
# the region and VPC from the instance metadata (EKS User Guide, launch templates).
resource "aws_launch_template" "eks_node" {
  count = var.eks == null ? 0 : 1

  name_prefix = var.eks.node_template_prefix

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = 20
      volume_type           = "gp3"
      encrypted             = true
      delete_on_termination = true
    }
  }

  tag_specifications {
    resource_type = "instance"
    tags = {
      Name                 = "${var.name}-eks-node"
      "scalelab:component" = var.eks.components
    }
  }

  tag_specifications {
    resource_type = "volume"
    tags = {
      Name                 = "${var.name}-eks-node"
      "scalelab:component" = var.eks.components
    }
  }

  tags = {
    Name                 = "${var.name}-eks-node"
    "scalelab:component" = var.eks.components
  }
}

# Node counts move between min and max with the Cluster Autoscaler or Karpenter in the
# cluster; Terraform sets them at creation and leaves desired_size alone afterwards.
resource "aws_eks_node_group" "this" {
  for_each = var.eks == null ? {} : var.eks.node_groups

  cluster_name    = aws_eks_cluster.this[0].name
  node_group_name = each.key
  node_role_arn   = aws_iam_role.eks_node[0].arn
  subnet_ids      = [for s in aws_subnet.private : s.id]
  instance_types  = [each.value.instance_type]
  ami_type        = each.value.ami_type

  scaling_config {
    min_size     = each.value.min_size
    max_size     = each.value.max_size
    desired_size = each.value.desired_size
  }

  update_config {
    max_unavailable = 1
  }

  launch_template {
    id      = aws_launch_template.eks_node[0].id
    version = aws_launch_template.eks_node[0].latest_version
  }

  tags = {
    Name                 = "${var.name}-${each.key}"
    "scalelab:component" = var.eks.components
  }

  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }

  depends_on = [aws_iam_role_policy_attachment.eks_node]
}
