package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.forList;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.str;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Service;
import io.scalelab.model.region.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * The root {@code variables.tf}: what only the user knows (domain, allowed address ranges, what
 * runs on the instances, certificates), each with a description and a validation, and the defaults
 * ScaleLab chose, named, which the user may override.
 */
final class RootVariables {

  /**
   * Default Aurora versions: Aurora PostgreSQL 16.6 and Aurora MySQL 3.08.0 (MySQL 8.0), versions
   * that support global databases and write forwarding (Aurora User Guide, release notes), written
   * out because the clusters of a global database must name the same version.
   */
  static final String AURORA_POSTGRESQL_VERSION = "16.6";

  static final String AURORA_MYSQL_VERSION = "8.0.mysql_aurora.3.08.0";

  /** VPC ranges: {@code 10.<n>.0.0/16}, one per region, so regions can be peered later. */
  static final String VPC_CIDR_FORMAT = "10.%d.0.0/16";

  /** An image in Amazon ECR: {@code <account>.dkr.ecr.<region>.amazonaws.com/<repository>...}. */
  static final String ECR_IMAGE = "^[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/.+";

  private RootVariables() {}

  static Body of(Plan plan) {
    Body.Builder b = Body.builder();
    ObjectBuilder cidrs = ObjectBuilder.object();
    for (int i = 0; i < plan.regions.size(); i++) {
      cidrs.put(plan.regions.get(i).code(), String.format(VPC_CIDR_FORMAT, i));
    }
    b.add(
        Tf.variable(
            "vpc_cidrs",
            "IPv4 range of the VPC in each region (a /20 or larger; subnets are carved from it).",
            call("map", Tf.type("string")),
            cidrs.build(),
            Tf.checks(
                check(
                    call(
                        "alltrue",
                        forList(
                            "r",
                            Expr.strings(plan.regions.stream().map(Region::code).toList()),
                            op(
                                call("can", call("cidrnetmask", ref("var.vpc_cidrs[r]"))),
                                "&&",
                                call(
                                    "try",
                                    op(
                                        call(
                                            "tonumber",
                                            call(
                                                "element",
                                                call("split", str("/"), ref("var.vpc_cidrs[r]")),
                                                Expr.num(1))),
                                        "<=",
                                        Expr.num(20)),
                                    Expr.bool(false))))),
                    "Give every region of the design an IPv4 range of /20 or larger, like 10.0.0.0/16."))));
    boolean ec2 = !plan.services(Service.Platform.EC2).isEmpty();
    boolean eks = !plan.services(Service.Platform.EKS).isEmpty();
    boolean publicLb =
        plan.all(LoadBalancer.class).stream()
            .anyMatch(
                lb ->
                    !plan.ec2Targets(lb).isEmpty()
                        && !lb.internal()
                        && !Endpoints.behindCloudFrontOnly(plan, lb.id()));
    if (publicLb) {
      b.add(
          cidrList(
              "allowed_cidrs",
              "IPv4 ranges allowed to reach the internet-facing load balancers; [\"0.0.0.0/0\"] for everyone."));
    }
    if (eks) {
      b.add(
          cidrList(
              "admin_cidrs",
              "IPv4 ranges allowed to reach the EKS API (your office or VPN), like [\"203.0.113.0/24\"]."));
      b.add(
          Tf.variable(
              "eks_kubernetes_version",
              "Kubernetes version of the EKS clusters.",
              Tf.type("string"),
              str(plan.options.kubernetesVersion())));
    }
    if (ec2 || eks || !plan.all(LoadBalancer.class).isEmpty()) {
      b.add(
          Tf.variable(
              "app_port",
              "Port the application listens on in its instances.",
              Tf.type("number"),
              Expr.num(plan.options.appPort())));
    }
    if (!plan.all(LoadBalancer.class).isEmpty() || !plan.all(Dns.class).isEmpty()) {
      b.add(
          Tf.variable(
              "health_check_path",
              "Path the load balancers and Route 53 health checks request; it must answer 2xx or 3xx.",
              Tf.type("string"),
              str(TerraformOptions.DEFAULT_HEALTH_CHECK_PATH),
              Tf.checks(
                  check(
                      call("startswith", ref("var.health_check_path"), str("/")),
                      "The health check path starts with /."))));
    }
    if (ec2) {
      b.add(
          keyed(
              "ec2_user_data",
              "Start-up script (cloud-init or shell) of each EC2 service, by component id: it"
                  + " starts the application listening on app_port"
                  + hosted(plan)
                  + ". Keep secrets out of it: read them from Secrets Manager at boot.",
              ids(plan.services(Service.Platform.EC2)),
              null));
    }
    if (!plan.services(Service.Platform.LAMBDA).isEmpty()) {
      b.add(
          keyed(
              "lambda_image_uris",
              "Container image of each Lambda function in Amazon ECR of its region, by component id, like 123456789012.dkr.ecr.us-east-1.amazonaws.com/ingest:1.0.",
              ids(plan.services(Service.Platform.LAMBDA)),
              call("can", call("regex", str(ECR_IMAGE), ref("v")))));
    }
    if (!plan.all(KeyValueStore.class).isEmpty()) {
      b.add(
          Tf.required(
              "dynamodb_keys",
              "Partition key (and optional sort key) attribute names of each DynamoDB table, by component id; both are strings.",
              Tf.mapOfObjects(
                  ObjectBuilder.object()
                      .put("hash_key", Tf.type("string"))
                      .put("range_key", Tf.optional(Tf.type("string")))),
              Tf.checks(present("dynamodb_keys", ids(plan.all(KeyValueStore.class))))));
    }
    EdgeVariables.add(plan, b);
    if (!plan.all(Database.class).isEmpty()) {
      b.add(
          Tf.variable(
              "database_username",
              "Master user name of the managed databases (the password is generated and kept by RDS in Secrets Manager).",
              Tf.type("string"),
              str(plan.options.databaseUsername())));
    }
    if (plan.all(Database.class).stream().anyMatch(d -> d.engine().isAurora())) {
      b.add(
          Tf.variable(
              "aurora_engine_versions",
              "Engine version of the Aurora clusters, by engine.",
              call("map", Tf.type("string")),
              ObjectBuilder.object()
                  .put("aurora-postgresql", AURORA_POSTGRESQL_VERSION)
                  .put("aurora-mysql", AURORA_MYSQL_VERSION)
                  .build()));
    }
    return b.build();
  }

  /** {@code " (box runs service-a, service-b, db)"} for the EC2 services that host others. */
  static String hosted(Plan plan) {
    List<String> parts = new ArrayList<>();
    for (Service host : plan.services(Service.Platform.EC2)) {
      List<String> on = new ArrayList<>();
      for (Component c : plan.design.components()) {
        boolean runsHere =
            (c instanceof Service s && s.host().filter(host.id()::equals).isPresent())
                || (c instanceof Database d && d.host().filter(host.id()::equals).isPresent());
        if (runsHere) {
          on.add(c.id());
        }
      }
      if (!on.isEmpty()) {
        parts.add(host.id() + " runs " + String.join(", ", on));
      }
    }
    return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
  }

  static List<String> ids(List<? extends Component> cs) {
    List<String> out = new ArrayList<>();
    cs.forEach(c -> out.add(c.id()));
    return out;
  }

  static Expr[] check(Expr condition, String message) {
    return new Expr[] {condition, str(message)};
  }

  /** A required list of IPv4 CIDR blocks. */
  static Body.Block cidrList(String name, String description) {
    return Tf.required(
        name,
        description,
        Tf.listOfStrings(),
        Tf.checks(
            check(
                op(
                    op(call("length", ref("var." + name)), ">", Expr.num(0)),
                    "&&",
                    call(
                        "alltrue",
                        forList(
                            "c", ref("var." + name), call("can", call("cidrnetmask", ref("c")))))),
                "Give at least one IPv4 range in CIDR notation, like 203.0.113.0/24.")));
  }

  /** A required map with an entry for each of {@code ids}, each value checked by {@code rule}. */
  static Body.Block keyed(String name, String description, List<String> ids, Expr rule) {
    List<Expr[]> checks = new ArrayList<>();
    checks.add(present(name, ids));
    if (rule != null) {
      checks.add(
          check(
              call("alltrue", forList("v", call("values", ref("var." + name)), rule)),
              "Each value of " + name + " must look like the example in its description."));
    }
    return Tf.required(name, description, call("map", Tf.type("string")), checks);
  }

  /** A validation that {@code var.<name>} has an entry for each of {@code ids}. */
  static Expr[] present(String name, List<String> ids) {
    return check(
        call(
            "alltrue",
            forList(
                "k",
                Expr.strings(ids),
                call("contains", call("keys", ref("var." + name)), ref("k")))),
        "Give " + name + " an entry for each of: " + String.join(", ", ids) + ".");
  }
}
