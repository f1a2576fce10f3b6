variable "vpc_cidrs" {
  description = "IPv4 range of the VPC in each region (a /20 or larger; subnets are carved from it)."
  type        = map(string)
  default = {
    ap-south-1 = "10.0.0.0/16"
    us-east-1  = "10.1.0.0/16"
  }

  validation {
    condition     = alltrue([for r in ["ap-south-1", "us-east-1"] : can(cidrnetmask(var.vpc_cidrs[r])) && try(tonumber(element(split("/", var.vpc_cidrs[r]), 1)) <= 20, false)])
    error_message = "Give every region of the design an IPv4 range of /20 or larger, like 10.0.0.0/16."
  }
}

variable "admin_cidrs" {
  description = "IPv4 ranges allowed to reach the EKS API (your office or VPN), like [\"203.0.113.0/24\"]."
  type        = list(string)

  validation {
    condition     = length(var.admin_cidrs) > 0 && alltrue([for c in var.admin_cidrs : can(cidrnetmask(c))])
    error_message = "Give at least one IPv4 range in CIDR notation, like 203.0.113.0/24."
  }
}

variable "eks_kubernetes_version" {
  description = "Kubernetes version of the EKS clusters."
  type        = string
  default     = "1.32"
}

variable "app_port" {
  description = "Port the application listens on in its instances."
  type        = number
  default     = 8080
}

variable "health_check_path" {
  description = "Path the load balancers and Route 53 health checks request; it must answer 2xx or 3xx."
  type        = string
  default     = "/healthz"

  validation {
    condition     = startswith(var.health_check_path, "/")
    error_message = "The health check path starts with /."
  }
}

variable "domain_name" {
  description = "The domain the Route 53 zone serves, like shop.example.com; point its registrar at the zone's name servers (output name_servers)."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$", var.domain_name))
    error_message = "Give a lower-case domain name like shop.example.com."
  }
}

variable "cloudfront_certificate_arn" {
  description = "ACM certificate for domain_name in us-east-1 (CloudFront's region); null serves the CDN on its cloudfront.net name only, and the domain's alias to it will not answer."
  type        = string
  default     = null

  validation {
    condition     = var.cloudfront_certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+", var.cloudfront_certificate_arn))
    error_message = "Give an ACM certificate ARN, like arn:aws:acm:us-east-1:123456789012:certificate/..."
  }
}

variable "ingress_hostnames" {
  description = "DNS names of the load balancers the Kubernetes Ingress creates (ingress-mumbai, ingress-virginia), by component id (kubectl get ingress shows them). Route 53 records and CloudFront origins that point at them are created once they are given: apply, apply the Kubernetes export, then set these and apply again."
  type        = map(string)
  default     = {}
}

variable "database_username" {
  description = "Master user name of the managed databases (the password is generated and kept by RDS in Secrets Manager)."
  type        = string
  default     = "dbadmin"
}

variable "aurora_engine_versions" {
  description = "Engine version of the Aurora clusters, by engine."
  type        = map(string)
  default = {
    aurora-postgresql = "16.6"
    aurora-mysql      = "8.0.mysql_aurora.3.08.0"
  }
}
