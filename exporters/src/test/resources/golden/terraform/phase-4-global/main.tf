# The regional stamp in ap-south-1: the same module in every region.
module "region_ap_south_1" {
  source = "./modules/region"
  providers = {
    aws = aws.ap_south_1
  }

  name         = "phase-4-global-ap-south-1"
  vpc_cidr     = var.vpc_cidrs["ap-south-1"]
  zones        = ["ap-south-1a", "ap-south-1b", "ap-south-1c"]
  min_zones    = 2
  nat_gateways = true
  # EKS nodes hold the pods' CPU and memory requests at the services' fewest and most
  # pods, packed onto the instance type as the cost model packs them:
  # m6i.large: service-a-mumbai + service-b-mumbai, in 4 groups (at most 450 nodes each)
  eks = {
    kubernetes_version  = var.eks_kubernetes_version
    components          = "service-a-mumbai service-b-mumbai"
    public_access_cidrs = var.admin_cidrs
    node_groups = {
      m6i-large-1 = {
        instance_type = "m6i.large"
        ami_type      = "AL2023_x86_64_STANDARD"
        min_size      = 107
        max_size      = 375
        desired_size  = 107
      }
      m6i-large-2 = {
        instance_type = "m6i.large"
        ami_type      = "AL2023_x86_64_STANDARD"
        min_size      = 106
        max_size      = 375
        desired_size  = 106
      }
      m6i-large-3 = {
        instance_type = "m6i.large"
        ami_type      = "AL2023_x86_64_STANDARD"
        min_size      = 106
        max_size      = 375
        desired_size  = 106
      }
      m6i-large-4 = {
        instance_type = "m6i.large"
        ami_type      = "AL2023_x86_64_STANDARD"
        min_size      = 106
        max_size      = 375
        desired_size  = 106
      }
    }
    cluster_role         = "phase-4-global-ap-south-1-eks-cluster"
    node_role            = "phase-4-global-ap-south-1-eks-node"
    node_template_prefix = "phase-4-global-ap-south-1-eks-node-"
  }
  database_access = {
    db = {
      port    = 5432
      clients = ["eks:nodes"]
    }
  }
  database_username = var.database_username
  aurora_clusters = {
    db = {
      identifier     = "phase-4-global-ap-south-1-db"
      engine         = "aurora-postgresql"
      engine_version = var.aurora_engine_versions["aurora-postgresql"]
      instances = {
        phase-4-global-ap-south-1-db-writer   = "db.r6g.2xlarge"
        phase-4-global-ap-south-1-db-reader-1 = "db.r6g.2xlarge"
        phase-4-global-ap-south-1-db-reader-2 = "db.r6g.2xlarge"
      }
      global_cluster        = "phase-4-global-db"
      create_global_cluster = true
      secondary             = false
    }
  }
  caches = {
    cache-mumbai = {
      id                 = "phase-4-global-ap-south-1-cache-mumbai"
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

# The regional stamp in us-east-1: the same module in every region.
module "region_us_east_1" {
  source = "./modules/region"
  providers = {
    aws = aws.us_east_1
  }

  name         = "phase-4-global-us-east-1"
  vpc_cidr     = var.vpc_cidrs["us-east-1"]
  zones        = ["us-east-1a", "us-east-1b", "us-east-1c"]
  min_zones    = 2
  nat_gateways = true
  # EKS nodes hold the pods' CPU and memory requests at the services' fewest and most
  # pods, packed onto the instance type as the cost model packs them:
  # m6i.large: service-a-virginia + service-b-virginia, in 2 groups (at most 450 nodes each)
  eks = {
    kubernetes_version  = var.eks_kubernetes_version
    components          = "service-a-virginia service-b-virginia"
    public_access_cidrs = var.admin_cidrs
    node_groups = {
      m6i-large-1 = {
        instance_type = "m6i.large"
        ami_type      = "AL2023_x86_64_STANDARD"
        min_size      = 88
        max_size      = 375
        desired_size  = 88
      }
      m6i-large-2 = {
        instance_type = "m6i.large"
        ami_type      = "AL2023_x86_64_STANDARD"
        min_size      = 87
        max_size      = 375
        desired_size  = 87
      }
    }
    cluster_role         = "phase-4-global-us-east-1-eks-cluster"
    node_role            = "phase-4-global-us-east-1-eks-node"
    node_template_prefix = "phase-4-global-us-east-1-eks-node-"
  }
  database_access = {
    db = {
      port    = 5432
      clients = ["eks:nodes"]
    }
  }
  database_username = var.database_username
  aurora_clusters = {
    db = {
      identifier     = "phase-4-global-us-east-1-db"
      engine         = "aurora-postgresql"
      engine_version = var.aurora_engine_versions["aurora-postgresql"]
      instances = {
        phase-4-global-us-east-1-db-reader-1 = "db.r6g.2xlarge"
        phase-4-global-us-east-1-db-reader-2 = "db.r6g.2xlarge"
      }
      global_cluster        = module.region_ap_south_1.aurora_global_clusters["db"]
      create_global_cluster = false
      secondary             = true
    }
  }
  caches = {
    cache-virginia = {
      id                 = "phase-4-global-us-east-1-cache-virginia"
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

# Load balancer 'ingress-mumbai' (in front of service-a-mumbai, service-b-mumbai) is not here: the Kubernetes
# Ingress of those services makes it, through the AWS Load Balancer Controller.
# Load balancer 'ingress-virginia' (in front of service-a-virginia, service-b-virginia) is not here: the Kubernetes
# Ingress of those services makes it, through the AWS Load Balancer Controller.
data "aws_cloudfront_origin_request_policy" "all_viewer_except_host" {
  provider = aws.ap_south_1
  name     = "Managed-AllViewerExceptHostHeader"
}

# Objects stay at the edge for the design's TTL unless the origin says otherwise.
resource "aws_cloudfront_cache_policy" "cdn" {
  provider = aws.ap_south_1

  name        = "phase-4-global-cdn"
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

  enabled         = true
  is_ipv6_enabled = true
  http_version    = "http2and3"
  comment         = "phase-4-global cdn"
  aliases         = var.cloudfront_certificate_arn == null ? [] : [var.domain_name]

  origin {
    origin_id   = "dns"
    domain_name = "origin.${var.domain_name}"

    # The origin speaks HTTP; put a certificate on it and switch to https-only for TLS end to end.
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id         = "dns"
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
    cloudfront_default_certificate = var.cloudfront_certificate_arn == null
    acm_certificate_arn            = var.cloudfront_certificate_arn
    ssl_support_method             = var.cloudfront_certificate_arn == null ? null : "sni-only"
    minimum_protocol_version       = var.cloudfront_certificate_arn == null ? "TLSv1" : "TLSv1.2_2021"
  }

  tags = {
    Name                 = "phase-4-global-cdn"
    "scalelab:component" = "cdn"
  }
}

resource "aws_route53_zone" "dns" {
  provider = aws.ap_south_1

  name = var.domain_name

  tags = {
    Name                 = var.domain_name
    "scalelab:component" = "dns"
  }
}

resource "aws_route53_health_check" "dns_ingress_mumbai" {
  provider = aws.ap_south_1
  count    = contains(keys(var.ingress_hostnames), "ingress-mumbai") ? 1 : 0

  fqdn              = var.ingress_hostnames["ingress-mumbai"]
  type              = "HTTP"
  port              = 80
  resource_path     = var.health_check_path
  request_interval  = 10
  failure_threshold = 3

  tags = {
    Name                 = "phase-4-global-ingress-mumbai"
    "scalelab:component" = "dns"
  }
}

resource "aws_route53_record" "dns_ingress_mumbai" {
  provider = aws.ap_south_1
  count    = contains(keys(var.ingress_hostnames), "ingress-mumbai") ? 1 : 0

  zone_id         = aws_route53_zone.dns.zone_id
  name            = "origin.${var.domain_name}"
  type            = "A"
  set_identifier  = "ingress-mumbai"
  health_check_id = aws_route53_health_check.dns_ingress_mumbai[0].id

  latency_routing_policy {
    region = "ap-south-1"
  }

  alias {
    name                   = var.ingress_hostnames["ingress-mumbai"]
    zone_id                = data.aws_lb_hosted_zone_id.ap_south_1.id
    evaluate_target_health = true
  }
}

resource "aws_route53_health_check" "dns_ingress_virginia" {
  provider = aws.ap_south_1
  count    = contains(keys(var.ingress_hostnames), "ingress-virginia") ? 1 : 0

  fqdn              = var.ingress_hostnames["ingress-virginia"]
  type              = "HTTP"
  port              = 80
  resource_path     = var.health_check_path
  request_interval  = 10
  failure_threshold = 3

  tags = {
    Name                 = "phase-4-global-ingress-virginia"
    "scalelab:component" = "dns"
  }
}

resource "aws_route53_record" "dns_ingress_virginia" {
  provider = aws.ap_south_1
  count    = contains(keys(var.ingress_hostnames), "ingress-virginia") ? 1 : 0

  zone_id         = aws_route53_zone.dns.zone_id
  name            = "origin.${var.domain_name}"
  type            = "A"
  set_identifier  = "ingress-virginia"
  health_check_id = aws_route53_health_check.dns_ingress_virginia[0].id

  latency_routing_policy {
    region = "us-east-1"
  }

  alias {
    name                   = var.ingress_hostnames["ingress-virginia"]
    zone_id                = data.aws_lb_hosted_zone_id.us_east_1.id
    evaluate_target_health = true
  }
}

data "aws_lb_hosted_zone_id" "ap_south_1" {
  provider = aws.ap_south_1

  region             = "ap-south-1"
  load_balancer_type = "application"
}

data "aws_lb_hosted_zone_id" "us_east_1" {
  provider = aws.ap_south_1

  region             = "us-east-1"
  load_balancer_type = "application"
}
