package io.scalelab.exporters.kubernetes;

import io.scalelab.model.component.Component;
import io.scalelab.model.component.Service;
import io.scalelab.model.region.Region;
import java.util.Locale;

/**
 * The names of the Terraform outputs that hold what a pod needs to reach an AWS resource the
 * Terraform export creates: {@code <component id>_<what>}, the id with '-' and '.' as '_'
 * (Terraform output names are identifiers). The ConfigMaps name the output, never its value: the
 * value only exists once Terraform has applied, and some (endpoints) are not for a Git repository.
 */
final class TerraformOutputs {

  private TerraformOutputs() {}

  /** The output with the address a caller uses for {@code target}. */
  static String address(Component target) {
    String what =
        switch (target.type()) {
          case DATABASE, CACHE -> "endpoint";
          case QUEUE -> "queue_url";
          case TOPIC -> "topic_arn";
          case STREAM -> "stream_name";
          case KEY_VALUE -> "table_name";
          case OBJECT_STORE -> "bucket_name";
          case API_GATEWAY -> "invoke_url";
          case LOAD_BALANCER -> "dns_name";
          case SERVICE -> serviceOutput((Service) target);
          case USERS, DNS, CDN, WAF -> "domain_name";
        };
    return identifier(target.id()) + "_" + what;
  }

  /**
   * The output with a database's reader endpoint in {@code region} (its replicas there), for
   * connections that read: {@code <id>_reader_endpoint} in the primary's region, {@code
   * <id>_<region>_reader_endpoint} for a cross-region replica.
   */
  static String readerAddress(Component database, Region region) {
    String where = database.region().equals(region) ? "" : "_" + identifier(region.code());
    return identifier(database.id()) + where + "_reader_endpoint";
  }

  private static String serviceOutput(Service service) {
    return service.platform() == Service.Platform.LAMBDA ? "function_name" : "url";
  }

  private static String identifier(String id) {
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }
}
