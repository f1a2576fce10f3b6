variable "vpc_cidrs" {
  description = "IPv4 range of the VPC in each region (a /20 or larger; subnets are carved from it)."
  type        = map(string)
  default = {
    ap-south-1 = "10.0.0.0/16"
  }

  validation {
    condition     = alltrue([for r in ["ap-south-1"] : can(cidrnetmask(var.vpc_cidrs[r])) && try(tonumber(element(split("/", var.vpc_cidrs[r]), 1)) <= 20, false)])
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

variable "ingress_hostnames" {
  description = "DNS names of the load balancers the Kubernetes Ingress creates (ingress), by component id (kubectl get ingress shows them). Route 53 records and CloudFront origins that point at them are created once they are given: apply, apply the Kubernetes export, then set these and apply again."
  type        = map(string)
  default     = {}
}

variable "database_username" {
  description = "Master user name of the managed databases (the password is generated and kept by RDS in Secrets Manager)."
  type        = string
  default     = "dbadmin"
}
