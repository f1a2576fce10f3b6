# The security group of each service that may call a data store, by client key.
locals {
  client_security_groups = { for k, sg in aws_security_group.ec2 : k => sg.id }
}
