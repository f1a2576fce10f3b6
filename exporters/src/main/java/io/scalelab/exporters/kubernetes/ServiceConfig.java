package io.scalelab.exporters.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.Service;
import io.scalelab.model.topology.Connection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ConfigMap of an EKS service: what it knows from the design. Its own limits, the in-cluster
 * URL and timeout of each service it calls on the same cluster, and for everything else the name of
 * the Terraform output that holds the address. Never a secret: the database password stays in the
 * Secrets Manager secret RDS manages.
 */
final class ServiceConfig {

  private ServiceConfig() {}

  /** The ConfigMap's name. */
  static String name(Cluster c, Service s) {
    return c.name(s.id()) + "-config";
  }

  /** The ConfigMap of {@code s}, its keys in a stable order. */
  static ConfigMap configMap(Cluster c, Service s) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name(c, s))
        .withLabels(c.labels(s.id(), "service"))
        .endMetadata()
        .withData(data(c, s))
        .build();
  }

  /** The document: the ConfigMap under a header that says what its keys mean. */
  static Doc doc(Cluster c, Service s) {
    return Doc.of(
        configMap(c, s),
        List.of(
            "What " + s.id() + " knows from the design; the pods read it as environment variables.",
            "*_URL is a service on this cluster and *_TIMEOUT_MS the timeout it was simulated with.",
            "*_TERRAFORM_OUTPUT names the Terraform output (terraform output -raw NAME) that holds"
                + " the address of an AWS resource. Put the address itself in through your"
                + " pipeline or let the application look it up; never a password here."));
  }

  /** A SHA-256 of the data, put on the pod template so that a change rolls the pods. */
  static String hash(ConfigMap map) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      map.getData()
          .forEach((k, v) -> sha.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static Map<String, String> data(Cluster c, Service s) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("AWS_REGION", c.region().code());
    data.put("REQUEST_TIMEOUT_MS", Long.toString(s.timeout().toMillis()));
    data.put("MAX_CONCURRENT_REQUESTS", Integer.toString(s.concurrencyPerInstance()));
    data.put("MAX_QUEUED_REQUESTS", Integer.toString(s.queueCapacityPerInstance()));
    for (Connection call : c.design().connections()) {
      if (call.from().equals(s.id())) {
        downstream(c, call, data);
      } else if (call.to().equals(s.id())) {
        upstreamSource(c, call, data);
      }
    }
    return data;
  }

  private static void downstream(Cluster c, Connection call, Map<String, String> data) {
    call.via().ifPresent(cache -> output(c.component(cache), c, call, data));
    Component target = c.component(call.to());
    var local = c.service(target.id());
    if (local.isPresent()) {
      String key = Names.env(target.id());
      data.put(key + "_URL", c.url(local.get()));
      data.put(key + "_TIMEOUT_MS", Long.toString(local.get().timeout().toMillis()));
    } else {
      output(target, c, call, data);
    }
  }

  /** A queue or stream that delivers to this service: the consumer needs its address. */
  private static void upstreamSource(Cluster c, Connection call, Map<String, String> data) {
    Component source = c.component(call.from());
    if (source.type() == ComponentType.QUEUE || source.type() == ComponentType.STREAM) {
      output(source, c, call, data);
      call.concurrency()
          .ifPresent(n -> data.put(Names.env(source.id()) + "_CONSUMERS", Integer.toString(n)));
    }
  }

  private static void output(
      Component target, Cluster c, Connection call, Map<String, String> data) {
    String key = Names.env(target.id());
    data.put(key + "_TERRAFORM_OUTPUT", TerraformOutputs.address(target));
    if (target instanceof Database
        && call.operation() != Connection.Operation.WRITE
        && hasReplicaIn((Database) target, c)) {
      data.put(
          key + "_READER_TERRAFORM_OUTPUT", TerraformOutputs.readerAddress(target, c.region()));
    }
  }

  private static boolean hasReplicaIn(Database db, Cluster c) {
    return db.readReplicas().stream().anyMatch(r -> r.region().equals(c.region()));
  }
}
