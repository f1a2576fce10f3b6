package io.scalelab.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.exporters.ExportedAddresses.ConfigMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kubernetes ConfigMaps and the Terraform root of the same design agree: every Terraform output
 * a pod is told to read exists ({@code terraform output -raw NAME} finds it), and reads an entry
 * the regional module really has; every Ingress a pod is told to look at is one the export writes.
 */
class ExportsAgreeOnAddressesTest {

  /** {@code module.region_x.output} or {@code module.region_x.output["key"]} in an expression. */
  private static final Pattern MODULE_REF =
      Pattern.compile("module\\.(region_[a-z0-9_]+)\\.([a-z0-9_]+)(?:\\[\"([^\"]+)\"\\])?");

  static Stream<Path> designs() {
    return ExportedAddresses.designs().stream();
  }

  @ParameterizedTest
  @MethodSource("designs")
  void everyTerraformOutputAConfigMapNamesIsAnOutputOfTheTerraformRoot(Path design)
      throws Exception {
    ExportedAddresses e = new ExportedAddresses(design);
    Set<String> outputs = e.root("output").keySet();
    for (ConfigMap map : e.configMaps()) {
      map.data()
          .forEach(
              (key, value) -> {
                if (key.endsWith("_TERRAFORM_OUTPUT")) {
                  assertThat(outputs)
                      .as("%s: %s in ConfigMap %s", design, key, map.file())
                      .contains(value);
                }
              });
    }
  }

  @ParameterizedTest
  @MethodSource("designs")
  void everyModuleEntryARootOutputReadsIsAnOutputOfThatRegionsModule(Path design) throws Exception {
    ExportedAddresses e = new ExportedAddresses(design);
    Set<String> moduleOutputs = e.regional("output").keySet();
    Map<String, Map<String, Object>> modules = e.root("module");
    Matcher m = MODULE_REF.matcher(e.terraform.getOrDefault("outputs.tf", ""));
    while (m.find()) {
      String where = design + ": " + m.group();
      assertThat(modules).as(where).containsKey(m.group(1));
      assertThat(moduleOutputs).as(where).contains(m.group(2));
      if (m.group(3) != null) {
        // the entry exists when the region's module is given that component (or identifier)
        assertThat(keysAndStrings(modules.get(m.group(1)))).as(where).contains(m.group(3));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("designs")
  void everyIngressAConfigMapNamesIsAnIngressOfTheNamedCluster(Path design) throws Exception {
    ExportedAddresses e = new ExportedAddresses(design);
    for (ConfigMap map : e.configMaps()) {
      map.data()
          .forEach(
              (key, ingress) -> {
                if (key.endsWith("_INGRESS")) {
                  String cluster = map.data().get(key + "_CLUSTER");
                  assertThat(cluster).as("%s: %s_CLUSTER", map.file(), key).isNotNull();
                  assertThat(ingressesOf(e, cluster)).as(key).contains(ingress);
                }
              });
    }
  }

  @Test
  void aServiceIsToldTheOutputOfEveryAwsResourceItCalls() throws Exception {
    ExportedAddresses e = new ExportedAddresses(ExportedAddresses.EKS_CALLEES);
    Map<String, String> front = configMap(e, "front-config");
    assertThat(front)
        .containsEntry("CACHE_TERRAFORM_OUTPUT", "cache_endpoint")
        .containsEntry("ORDERS_DB_TERRAFORM_OUTPUT", "orders_db_endpoint")
        .containsEntry("ORDERS_DB_READER_TERRAFORM_OUTPUT", "orders_db_reader_endpoint")
        .containsEntry("SESSIONS_TERRAFORM_OUTPUT", "sessions_table_name")
        .containsEntry("SESSIONS_DAX_TERRAFORM_OUTPUT", "sessions_dax_endpoint")
        .containsEntry("JOBS_TERRAFORM_OUTPUT", "jobs_queue_url")
        .containsEntry("EVENTS_TERRAFORM_OUTPUT", "events_topic_arn")
        .containsEntry("CLICKS_TERRAFORM_OUTPUT", "clicks_stream_name")
        .containsEntry("UPLOADS_TERRAFORM_OUTPUT", "uploads_bucket_name")
        .containsEntry("PRICING_API_TERRAFORM_OUTPUT", "pricing_api_invoke_url")
        .containsEntry("RESIZE_TERRAFORM_OUTPUT", "resize_function_name")
        .containsEntry("LEGACY_LB_TERRAFORM_OUTPUT", "legacy_lb_dns_name")
        .containsEntry("LEGACY_TERRAFORM_OUTPUT", "legacy_url")
        .containsEntry("INTERNAL_US_INGRESS", "internal-us")
        .containsEntry("INTERNAL_US_INGRESS_CLUSTER", "eks-callees-us-east-1")
        .doesNotContainKeys(
            "BATCH_TERRAFORM_OUTPUT", "BACK_US_TERRAFORM_OUTPUT", "INTERNAL_US_TERRAFORM_OUTPUT");
    assertThat(configMap(e, "worker-config"))
        .containsEntry("JOBS_TERRAFORM_OUTPUT", "jobs_queue_url");
    assertThat(configMap(e, "back-us-config"))
        .containsEntry("GLOBAL_DB_TERRAFORM_OUTPUT", "global_db_endpoint")
        .containsEntry("GLOBAL_DB_READER_TERRAFORM_OUTPUT", "global_db_us_east_1_reader_endpoint")
        .containsEntry("ORDERS_DB_READER_TERRAFORM_OUTPUT", "orders_db_us_east_1_reader_endpoint");
    // the ones without an address are said once each
    assertThat(e.warnings)
        .filteredOn(w -> w.startsWith("front's ConfigMap names no address for batch:"))
        .singleElement()
        .asString()
        .contains("without a load balancer of its own");
    assertThat(e.warnings)
        .filteredOn(w -> w.startsWith("front's ConfigMap names no address for back-us:"))
        .singleElement()
        .asString()
        .contains("eks-callees-us-east-1");
  }

  @Test
  void eachAddressOutputReadsTheComponentsEntryInItsOwnRegionsModule() throws Exception {
    ExportedAddresses e = new ExportedAddresses(ExportedAddresses.EKS_CALLEES);
    // RDS has no reader endpoint: the replicas of the region, by their identifiers
    assertThat(refs(e, "orders_db_reader_endpoint"))
        .containsExactly(
            "module.region_eu_west_1.rds_addresses[\"eks-callees-eu-west-1-orders-db-replica-1\"]",
            "module.region_eu_west_1.rds_addresses[\"eks-callees-eu-west-1-orders-db-replica-2\"]");
    assertThat(refs(e, "orders_db_us_east_1_reader_endpoint"))
        .containsExactly(
            "module.region_us_east_1.rds_addresses[\"eks-callees-us-east-1-orders-db-replica-3\"]");
    assertThat(refs(e, "orders_db_endpoint"))
        .containsExactly(
            "module.region_eu_west_1.rds_addresses[\"eks-callees-eu-west-1-orders-db\"]");
    // Aurora: the writer of the primary, the reader endpoint of the secondary cluster
    assertThat(e.outputText("global_db_endpoint"))
        .contains("module.region_eu_west_1.aurora_endpoints[\"global-db\"].writer");
    assertThat(e.outputText("global_db_us_east_1_reader_endpoint"))
        .contains("module.region_us_east_1.aurora_endpoints[\"global-db\"].reader");
    assertThat(refs(e, "legacy_url"))
        .containsExactly("module.region_eu_west_1.load_balancer_dns_names[\"legacy-lb\"]");
    assertThat(refs(e, "sessions_dax_endpoint"))
        .containsExactly("module.region_eu_west_1.dax_endpoints[\"sessions\"]");
    assertThat(e.root("output"))
        .doesNotContainKeys("batch_url", "back_us_url", "internal_us_dns_name", "front_url");
  }

  private static List<String> refs(ExportedAddresses e, String output) {
    List<String> out = new ArrayList<>();
    Matcher m = MODULE_REF.matcher(e.outputText(output));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<String, String> configMap(ExportedAddresses e, String name) {
    return e.configMaps().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ConfigMap " + name))
        .data();
  }

  /** The Ingress names of the region folder whose kustomization names {@code cluster}. */
  private static Set<String> ingressesOf(ExportedAddresses e, String cluster) {
    Set<String> out = new TreeSet<>();
    for (String file : e.kubernetes.keySet()) {
      String folder = file.substring(0, file.indexOf('/'));
      for (Map<?, ?> k : e.objects(folder, "Kustomization")) {
        Map<?, ?> annotations = (Map<?, ?>) ((Map<?, ?>) k.get("metadata")).get("annotations");
        if (cluster.equals(annotations.get("scalelab.io/eks-cluster"))) {
          for (Map<?, ?> ingress : e.objects(folder, "Ingress")) {
            out.add((String) ((Map<?, ?>) ingress.get("metadata")).get("name"));
          }
        }
      }
    }
    return out;
  }

  /** Every map key and string value anywhere in an hcl4j body. */
  private static Set<String> keysAndStrings(Object body) {
    Set<String> out = new TreeSet<>();
    collect(body, out);
    return out;
  }

  private static void collect(Object o, Set<String> out) {
    if (o instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            out.add(String.valueOf(k));
            collect(v, out);
          });
    } else if (o instanceof List<?> l) {
      l.forEach(x -> collect(x, out));
    } else if (o instanceof String s) {
      out.add(s);
    }
  }
}
