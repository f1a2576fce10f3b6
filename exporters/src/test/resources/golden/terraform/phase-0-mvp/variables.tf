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

variable "app_port" {
  description = "Port the application listens on in its instances."
  type        = number
  default     = 8080
}

variable "ec2_user_data" {
  description = "Start-up script (cloud-init or shell) of each EC2 service, by component id: it starts the application listening on app_port (box runs service-a, service-b, db). Keep secrets out of it: read them from Secrets Manager at boot."
  type        = map(string)

  validation {
    condition     = alltrue([for k in ["box"] : contains(keys(var.ec2_user_data), k)])
    error_message = "Give ec2_user_data an entry for each of: box."
  }
}
