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

variable "allowed_cidrs" {
  description = "IPv4 ranges allowed to reach the internet-facing load balancers; [\"0.0.0.0/0\"] for everyone."
  type        = list(string)

  validation {
    condition     = length(var.allowed_cidrs) > 0 && alltrue([for c in var.allowed_cidrs : can(cidrnetmask(c))])
    error_message = "Give at least one IPv4 range in CIDR notation, like 203.0.113.0/24."
  }
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

variable "ec2_user_data" {
  description = "Start-up script (cloud-init or shell) of each EC2 service, by component id: it starts the application listening on app_port (web runs service-a, service-b). Keep secrets out of it: read them from Secrets Manager at boot."
  type        = map(string)

  validation {
    condition     = alltrue([for k in ["web"] : contains(keys(var.ec2_user_data), k)])
    error_message = "Give ec2_user_data an entry for each of: web."
  }
}

variable "certificate_arns" {
  description = "ACM certificates by component id, in the component's region: a load balancer with one listens on HTTPS (HTTP redirects to it)."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for v in values(var.certificate_arns) : can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+", v))])
    error_message = "Each certificate is an ACM certificate ARN."
  }
}

variable "database_username" {
  description = "Master user name of the managed databases (the password is generated and kept by RDS in Secrets Manager)."
  type        = string
  default     = "dbadmin"
}
