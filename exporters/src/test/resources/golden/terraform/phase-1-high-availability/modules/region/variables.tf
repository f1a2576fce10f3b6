variable "name" {
  description = "Prefix of the names in this region, <design>-<region>; also the EKS cluster name."
  type        = string
}

variable "vpc_cidr" {
  description = "IPv4 range of the region's VPC."
  type        = string
}

variable "zones" {
  description = "Availability zones the design names in this region; more are taken from the region's list when fewer than min_zones."
  type        = list(string)
}

variable "min_zones" {
  description = "Fewest zones to spread subnets over (2 where an ALB, RDS, EKS or ElastiCache needs them)."
  type        = number
}

variable "nat_gateways" {
  description = "Whether private subnets get a NAT gateway per zone (instances and nodes pull images and updates through it)."
  type        = bool
}

variable "ec2_services" {
  description = "EC2 services by component id: an Auto Scaling group each."
  type = map(object({
    name             = string
    instance_type    = string
    architecture     = string
    min_size         = number
    max_size         = number
    desired_capacity = number
    zones            = list(string)
    cpu_target       = optional(number)
    requests_target  = optional(number)
    warmup_seconds   = number
    load_balancers   = list(string)
    user_data        = string
    access = list(object({
      actions   = list(string)
      resources = list(string)
    }))
  }))
  default = {}
}

variable "app_port" {
  description = "Port the application listens on in its instances and pods."
  type        = number
}

variable "load_balancers" {
  description = "Application Load Balancers by component id; targets maps EC2 service ids to weights."
  type = map(object({
    internal          = bool
    algorithm         = string
    zones             = list(string)
    cloudfront_only   = bool
    ingress_cidrs     = list(string)
    targets           = map(number)
    certificate_arn   = optional(string)
    health_check_path = string
  }))
  default = {}
}

variable "database_access" {
  description = "Managed databases with a presence in this region, by component id: their port and the services (security group keys) that may connect."
  type = map(object({
    port    = number
    clients = list(string)
  }))
  default = {}
}

variable "database_username" {
  description = "Master user name of the managed databases; RDS keeps the password in Secrets Manager."
  type        = string
}

variable "rds_instances" {
  description = "RDS primaries in this region by component id."
  type = map(object({
    identifier            = string
    engine                = string
    instance_class        = string
    allocated_storage_gib = number
    multi_az              = bool
  }))
  default = {}
}

variable "rds_replicas" {
  description = "Read replicas of a primary in this region (source: its component id), by identifier."
  type = map(object({
    database       = string
    identifier     = string
    instance_class = string
    source         = string
  }))
  default = {}
}

variable "rds_cross_region_replicas" {
  description = "Read replicas of a primary in another region (source: its ARN), by identifier."
  type = map(object({
    database       = string
    identifier     = string
    instance_class = string
    source         = string
  }))
  default = {}
}
