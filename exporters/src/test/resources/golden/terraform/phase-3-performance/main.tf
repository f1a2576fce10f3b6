# The regional stamp in ap-south-1: the same module in every region.
module "region_ap_south_1" {
  source = "./modules/region"
  providers = {
    aws = aws.ap_south_1
  }

  name         = "phase-3-performance-ap-south-1"
  vpc_cidr     = var.vpc_cidrs["ap-south-1"]
  zones        = ["ap-south-1a", "ap-south-1b", "ap-south-1c"]
  min_zones    = 2
  nat_gateways = true
  # EKS nodes hold the pods' CPU and memory requests at the services' fewest and most
  # pods, packed onto the instance type as the cost model packs them:
  # m6i.large: service-a + service-b
  eks = {
    kubernetes_version  = var.eks_kubernetes_version
    components          = "service-a service-b"
    public_access_cidrs = var.admin_cidrs
    node_groups = {
      m6i-large = {
        instance_type = "m6i.large"
        ami_type      = "AL2023_x86_64_STANDARD"
        min_size      = 35
        max_size      = 300
        desired_size  = 35
      }
    }
    cluster_role         = "phase-3-performance-ap-south-1-eks-cluster"
    node_role            = "phase-3-performance-ap-south-1-eks-node"
    node_template_prefix = "phase-3-performance-ap-south-1-eks-node-"
  }
  database_access = {
    db = {
      port    = 5432
      clients = ["eks:nodes"]
    }
  }
  database_username = var.database_username
  rds_instances = {
    db = {
      identifier            = "phase-3-performance-ap-south-1-db"
      engine                = "postgres"
      instance_class        = "db.r6g.large"
      allocated_storage_gib = 200
      multi_az              = true
    }
  }
  rds_replicas = {
    phase-3-performance-ap-south-1-db-replica-1 = {
      database       = "db"
      identifier     = "phase-3-performance-ap-south-1-db-replica-1"
      instance_class = "db.r6g.large"
      source         = "db"
    }
    phase-3-performance-ap-south-1-db-replica-2 = {
      database       = "db"
      identifier     = "phase-3-performance-ap-south-1-db-replica-2"
      instance_class = "db.r6g.large"
      source         = "db"
    }
  }
  caches = {
    cache = {
      id                 = "phase-3-performance-ap-south-1-cache"
      engine             = "redis"
      family             = "redis7"
      node_type          = "cache.r6g.large"
      shards             = 2
      replicas_per_shard = 1
      eviction_policy    = "allkeys-lru"
      clients            = ["eks:nodes"]
    }
  }
}

# Load balancer 'ingress' (in front of service-a, service-b) is not here: the Kubernetes
# Ingress of those services makes it, through the AWS Load Balancer Controller.
data "aws_cloudfront_origin_request_policy" "all_viewer_except_host" {
  provider = aws.ap_south_1
  name     = "Managed-AllViewerExceptHostHeader"
}

# Objects stay at the edge for the design's TTL unless the origin says otherwise.
resource "aws_cloudfront_cache_policy" "cdn" {
  provider = aws.ap_south_1

  name        = "phase-3-performance-cdn"
  default_ttl = 300
  min_ttl     = 0
  max_ttl     = 31536000

  parameters_in_cache_key_and_forwarded_to_origin {
    enable_accept_encoding_brotli = true
    enable_accept_encoding_gzip   = true

    cookies_config {
      cookie_behavior = "none"
    }

    headers_config {
      header_behavior = "none"
    }

    query_strings_config {
      query_string_behavior = "all"
    }
  }
}

resource "aws_cloudfront_distribution" "cdn" {
  provider = aws.ap_south_1
  # Created once the origins' host names are known (see ingress_hostnames).
  count = contains(keys(var.ingress_hostnames), "ingress") ? 1 : 0

  enabled         = true
  is_ipv6_enabled = true
  http_version    = "http2and3"
  comment         = "phase-3-performance cdn"

  origin {
    origin_id   = "ingress"
    domain_name = var.ingress_hostnames["ingress"]

    # The origin speaks HTTP; put a certificate on it and switch to https-only for TLS end to end.
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id         = "ingress"
    viewer_protocol_policy   = "redirect-to-https"
    allowed_methods          = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    cached_methods           = ["GET", "HEAD"]
    cache_policy_id          = aws_cloudfront_cache_policy.cdn.id
    origin_request_policy_id = data.aws_cloudfront_origin_request_policy.all_viewer_except_host.id
    compress                 = true
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }

  tags = {
    Name                 = "phase-3-performance-cdn"
    "scalelab:component" = "cdn"
  }
}
