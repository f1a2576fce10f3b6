package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.str;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.ObjectStore;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.Stream;
import io.scalelab.model.component.Topic;
import io.scalelab.model.region.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The root outputs with one address each, named by {@link OutputNames}: what {@code terraform
 * output -raw NAME} gives a pipeline for the ConfigMaps of the Kubernetes export (and anyone else).
 * Each value is the component's entry of a regional module output.
 */
final class AddressOutputs {

  /** One output: its name, description and value. */
  record Address(String name, String description, Expr value) {}

  private AddressOutputs() {}

  /** The address outputs of the design, in design order, a database's readers after it. */
  static List<Address> of(Plan plan) {
    List<Address> out = new ArrayList<>();
    for (Component c : plan.exported()) {
      OutputNames.address(plan.design, c)
          .ifPresent(name -> out.add(new Address(name, description(plan, c), value(plan, c))));
      if (c instanceof Database d) {
        for (Region r : plan.regions) {
          OutputNames.readerAddress(d, r)
              .ifPresent(
                  name ->
                      out.add(
                          new Address(name, readerDescription(plan, d, r), reader(plan, d, r))));
        }
      }
      if (c instanceof KeyValueStore t) {
        OutputNames.daxAddress(t)
            .ifPresent(
                name ->
                    out.add(
                        new Address(
                            name,
                            "Endpoint of the DAX cluster in front of table "
                                + t.id()
                                + ": host name, TLS, port "
                                + TableBlocks.DAX_TLS_PORT
                                + ".",
                            module(t.region(), "dax_endpoints", t.id()))));
      }
    }
    return out;
  }

  /** The outputs as blocks. */
  static Body body(Plan plan) {
    Body.Builder b = Body.builder();
    for (Address a : of(plan)) {
      b.add(Tf.output(a.name(), a.description(), a.value()));
    }
    return b.build();
  }

  /**
   * Throws when two components give the same output name ({@code a-b} and {@code a_b}, or the
   * reader of database {@code db} in us-east-1 and a database {@code db-us-east-1}), which
   * Terraform refuses.
   */
  static void check(Plan plan) throws TerraformException {
    Map<String, Address> seen = new LinkedHashMap<>();
    for (Address a : of(plan)) {
      Address other = seen.putIfAbsent(a.name(), a);
      if (other != null) {
        throw new TerraformException(
            "two Terraform outputs would be named '"
                + a.name()
                + "': \""
                + other.description()
                + "\" and \""
                + a.description()
                + "\"; rename one of the components");
      }
    }
  }

  private static Expr value(Plan plan, Component c) {
    Region r = c.region();
    if (c instanceof Database d) {
      return d.engine().isAurora()
          ? ref(path(r, "aurora_endpoints", d.id()) + ".writer")
          : module(r, "rds_addresses", RdsBlocks.identifier(plan, d));
    }
    if (c instanceof Service s) {
      return s.platform() == Service.Platform.LAMBDA
          ? module(r, "lambda_names", s.id())
          : ec2Url(plan, s);
    }
    return module(r, mapOutput(c), c.id());
  }

  /** The regional module output that holds a simple component's address, by component id. */
  private static String mapOutput(Component c) {
    if (c instanceof Cache) {
      return "cache_endpoints";
    }
    if (c instanceof Queue) {
      return "queue_urls";
    }
    if (c instanceof Topic) {
      return "topic_arns";
    }
    if (c instanceof Stream) {
      return "stream_names";
    }
    if (c instanceof KeyValueStore) {
      return "table_names";
    }
    if (c instanceof ObjectStore) {
      return "bucket_names";
    }
    if (c instanceof ApiGateway) {
      return "api_endpoints";
    }
    if (c instanceof LoadBalancer) {
      return "load_balancer_dns_names";
    }
    throw new IllegalArgumentException("no address output for " + c.id());
  }

  /**
   * An EC2 service's URL: its own load balancer's DNS name, HTTPS when the load balancer has a
   * certificate (its HTTP listener then only redirects).
   */
  private static Expr ec2Url(Plan plan, Service s) {
    LoadBalancer lb = OutputNames.ownLoadBalancer(plan.design, s).orElseThrow();
    Expr plain = op(call("lookup", ref("var.certificate_arns"), str(lb.id()), nil()), "==", nil());
    return call(
        "format",
        str("%s://%s"),
        cond(plain, str("http"), str("https")),
        module(lb.region(), "load_balancer_dns_names", lb.id()));
  }

  /**
   * The reader endpoint of a database in a region: its Aurora cluster's there; RDS has none, so the
   * host names of its replicas there, comma-separated.
   */
  private static Expr reader(Plan plan, Database d, Region r) {
    if (d.engine().isAurora()) {
      return ref(path(r, "aurora_endpoints", d.id()) + ".reader");
    }
    List<Expr> replicas = new ArrayList<>();
    for (String id : RdsBlocks.replicaIdentifiers(plan, d, r)) {
      replicas.add(module(r, "rds_addresses", id));
    }
    return replicas.size() == 1 ? replicas.get(0) : call("join", str(","), Expr.list(replicas));
  }

  private static Expr module(Region r, String output, String key) {
    return ref(path(r, output, key));
  }

  private static String path(Region r, String output, String key) {
    return "module." + Naming.module(r) + "." + output + "[\"" + key + "\"]";
  }

  private static String description(Plan plan, Component c) {
    String id = c.id();
    if (c instanceof Database d) {
      return "Writer endpoint of database "
          + id
          + ": host name, port "
          + DatabaseBlocks.port(d)
          + ".";
    }
    if (c instanceof Service s) {
      return s.platform() == Service.Platform.LAMBDA
          ? "Name of Lambda function " + id + "."
          : "URL of EC2 service "
              + id
              + ": the DNS name of its load balancer "
              + OutputNames.ownLoadBalancer(plan.design, s).orElseThrow().id()
              + ", https when that has a certificate.";
    }
    if (c instanceof Cache) {
      return "Endpoint of cache " + id + ": host name, TLS, port " + CacheBlocks.PORT + ".";
    }
    if (c instanceof Queue) {
      return "URL of SQS queue " + id + ".";
    }
    if (c instanceof Topic) {
      return "ARN of SNS topic " + id + ".";
    }
    if (c instanceof Stream) {
      return "Name of Kinesis stream " + id + ".";
    }
    if (c instanceof KeyValueStore) {
      return "Name of DynamoDB table " + id + ".";
    }
    if (c instanceof ObjectStore) {
      return "Name of S3 bucket " + id + ".";
    }
    if (c instanceof ApiGateway) {
      return "Invoke URL of HTTP API " + id + ".";
    }
    return "DNS name of load balancer " + id + ".";
  }

  private static String readerDescription(Plan plan, Database d, Region r) {
    String where = d.region().equals(r) ? "" : " in " + r.code();
    String port = ", port " + DatabaseBlocks.port(d);
    if (d.engine().isAurora()) {
      return "Reader endpoint of Aurora database "
          + d.id()
          + (where.isEmpty() ? "" : where + " (its secondary cluster there)")
          + ": host name"
          + port
          + ".";
    }
    if (RdsBlocks.replicaIdentifiers(plan, d, r).size() == 1) {
      return "Read replica of database " + d.id() + where + ": host name" + port + ".";
    }
    return "Read replicas of database "
        + d.id()
        + where
        + ": host names, comma-separated"
        + port
        + " (RDS has no reader endpoint: spread the reads over them).";
  }
}
