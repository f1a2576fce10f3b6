package io.scalelab.exporters.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.component.Service;
import io.scalelab.model.topology.Connection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ConfigMap of an EKS service: what it knows from the design. Its own limits, the in-cluster
 * URL and timeout of each service it calls on the same cluster, and for everything else where to
 * find the address ({@link Addresses}). Never a secret: the database password stays in the Secrets
 * Manager secret RDS manages.
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
        .withData(data(c, s, new ArrayList<>()))
        .build();
  }

  /** The document: the ConfigMap under a header that says what its keys mean. */
  static Doc doc(Cluster c, Service s) {
    ConfigMap map = configMap(c, s);
    List<String> header = new ArrayList<>();
    header.add(
        "What " + s.id() + " knows from the design; the pods read it as environment variables.");
    header.add(
        "*_URL is a service on this cluster and *_TIMEOUT_MS the timeout it was simulated with.");
    header.addAll(Addresses.explain(map.getData()));
    return Doc.of(map, header);
  }

  /**
   * What the user should know about the ConfigMap of {@code s}: one line per callee it names no
   * address for.
   */
  static List<String> warnings(Cluster c, Service s) {
    List<String> warnings = new ArrayList<>();
    data(c, s, warnings);
    return warnings;
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

  private static Map<String, String> data(Cluster c, Service s, List<String> warnings) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("AWS_REGION", c.region().code());
    data.put("REQUEST_TIMEOUT_MS", Long.toString(s.timeout().toMillis()));
    data.put("MAX_CONCURRENT_REQUESTS", Integer.toString(s.concurrencyPerInstance()));
    data.put("MAX_QUEUED_REQUESTS", Integer.toString(s.queueCapacityPerInstance()));
    for (Connection call : c.design().connections()) {
      if (call.from().equals(s.id())) {
        downstream(c, s, call, data, warnings);
      } else if (call.to().equals(s.id())) {
        upstreamSource(c, s, call, data, warnings);
      }
    }
    return data;
  }

  private static void downstream(
      Cluster c, Service s, Connection call, Map<String, String> data, List<String> warnings) {
    call.via()
        .ifPresent(
            cache -> Addresses.put(c, s, c.component(cache), call, data).ifPresent(warnings::add));
    Component target = c.component(call.to());
    var local = c.service(target.id());
    if (local.isPresent()) {
      String key = Names.env(target.id());
      data.put(key + "_URL", c.url(local.get()));
      data.put(key + "_TIMEOUT_MS", Long.toString(local.get().timeout().toMillis()));
    } else {
      Addresses.put(c, s, target, call, data).ifPresent(warnings::add);
    }
  }

  /** A queue or stream that delivers to this service: the consumer needs its address. */
  private static void upstreamSource(
      Cluster c, Service s, Connection call, Map<String, String> data, List<String> warnings) {
    Component source = c.component(call.from());
    if (source.type() == ComponentType.QUEUE || source.type() == ComponentType.STREAM) {
      Addresses.put(c, s, source, call, data).ifPresent(warnings::add);
      call.concurrency()
          .ifPresent(n -> data.put(Names.env(source.id()) + "_CONSUMERS", Integer.toString(n)));
    }
  }
}
