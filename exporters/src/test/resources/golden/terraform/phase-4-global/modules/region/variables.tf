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

variable "eks" {
  description = "The region's EKS cluster, the EKS services it runs (space-separated, its component tag) and its node groups; null for none."
  type = object({
    kubernetes_version  = string
    components          = string
    public_access_cidrs = list(string)
    node_groups = map(object({
      instance_type = string
      ami_type      = string
      min_size      = number
      max_size      = number
      desired_size  = number
    }))
    cluster_role         = string
    node_role            = string
    node_template_prefix = string
  })
  default = null
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

variable "aurora_clusters" {
  description = "Aurora clusters in this region by component id; instances maps instance identifiers to classes (the first is the writer of a primary)."
  type = map(object({
    identifier            = string
    engine                = string
    engine_version        = string
    instances             = map(string)
    global_cluster        = optional(string)
    create_global_cluster = bool
    secondary             = bool
  }))
  default = {}
}

variable "caches" {
  description = "ElastiCache replication groups by component id."
  type = map(object({
    id                 = string
    engine             = string
    family             = string
    node_type          = string
    shards             = number
    replicas_per_shard = number
    eviction_policy    = string
    clients            = list(string)
  }))
  default = {}
}
