package io.scalelab.exporters.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scalelab.exporters.files.GeneratedFiles;
import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Which resources each component type becomes, checked on the files parsed back. */
class MappingTest {

  private static Set<String> types(GeneratedFiles files) {
    Set<String> out = new TreeSet<>();
    new ParsedTerraform(files).declared.forEach(d -> out.add(d.type()));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> module(GeneratedFiles files, String name) {
    Map<String, Object> main = new ParsedTerraform(files).files.get("main.tf");
    return (Map<String, Object>) ((Map<String, Object>) main.get("module")).get(name);
  }

  @Test
  void everyComponentTypeOfTheReferenceDesignHasItsResource() {
    GeneratedFiles files = Examples.export(Examples.EXAMPLES.resolve("all-components.yaml"));
    assertThat(types(files))
        .contains(
            "aws_vpc",
            "aws_subnet",
            "aws_nat_gateway", // network
            "aws_lb",
            "aws_lb_target_group",
            "aws_lb_listener", // load-balancer (EC2 side)
            "aws_launch_template",
            "aws_autoscaling_group",
            "aws_autoscaling_policy", // ec2
            "aws_eks_cluster",
            "aws_eks_node_group", // eks
            "aws_lambda_function",
            "aws_lambda_event_source_mapping", // lambda
            "aws_apigatewayv2_api",
            "aws_apigatewayv2_stage", // api-gateway
            "aws_elasticache_replication_group", // cache
            "aws_rds_global_cluster",
            "aws_rds_cluster",
            "aws_rds_cluster_instance", // database
            "aws_dynamodb_table",
            "aws_dax_cluster", // key-value
            "aws_sqs_queue",
            "aws_sns_topic",
            "aws_sns_topic_subscription",
            "aws_kinesis_stream",
            "aws_s3_bucket",
            "aws_s3_bucket_public_access_block", // object-store
            "aws_cloudfront_distribution",
            "aws_route53_zone",
            "aws_route53_record", // edge
            "aws_wafv2_web_acl",
            "aws_wafv2_web_acl_association");
  }

  @Test
  void serverlessDesignMapsQueuesTopicsStreamsFunctionsApiTableAndBucket() {
    GeneratedFiles files = Examples.export(Examples.SERVERLESS);
    assertThat(types(files))
        .contains(
            "aws_apigatewayv2_api",
            "aws_apigatewayv2_integration",
            "aws_apigatewayv2_domain_name",
            "aws_lambda_function",
            "aws_lambda_permission",
            "aws_dynamodb_table",
            "aws_s3_bucket",
            "aws_sns_topic",
            "aws_sqs_queue",
            "aws_sqs_queue_policy",
            "aws_kinesis_stream",
            "aws_route53_record")
        .doesNotContain("aws_eks_cluster", "aws_lb");
    Map<String, Object> region = module(files, "region_eu_west_1");
    // Functions outside the VPC need no NAT gateway: none is paid for.
    assertThat(region).containsEntry("nat_gateways", false);
    @SuppressWarnings("unchecked")
    Map<String, Object> queue =
        (Map<String, Object>) ((Map<String, Object>) region.get("queues")).get("fulfilment");
    // The design: visibilityTimeout 120s, retention 2d, maxReceives 3.
    assertThat(queue)
        .containsEntry("visibility_timeout_seconds", 120.0)
        .containsEntry("retention_seconds", 172800.0)
        .containsEntry("max_receive_count", 3.0);
    @SuppressWarnings("unchecked")
    Map<String, Object> checkout =
        (Map<String, Object>) ((Map<String, Object>) region.get("lambdas")).get("checkout");
    assertThat(checkout)
        .containsEntry("memory_mb", 1024.0)
        .containsEntry("timeout_seconds", 20.0)
        .containsEntry("reserved_concurrency", 100.0);
    String lambda = files.files().get("modules/region/lambda.tf");
    assertThat(files.files().get("main.tf"))
        // checkout writes the table (no read granted) and publishes; fulfil receives its queue.
        .contains("\"dynamodb:PutItem\"")
        .doesNotContain("dynamodb:GetItem")
        .contains("\"sns:Publish\"")
        .contains("\"sqs:ReceiveMessage\"")
        .contains(":s3:::serverless-orders-eu-west-1-receipts-${local.account_id}/*\"");
    assertThat(lambda).contains("aws_lambda_event_source_mapping");
  }

  @Test
  @SuppressWarnings("unchecked")
  void eksNodeGroupsHoldThePodsAtTheirFewestAndMost() {
    GeneratedFiles files = Examples.export(Examples.EXAMPLES.resolve("phase-2-microservices.yaml"));
    Map<String, Object> eks = (Map<String, Object>) module(files, "region_ap_south_1").get("eks");
    Map<String, Object> group =
        (Map<String, Object>) ((Map<String, Object>) eks.get("node_groups")).get("m6i-large");
    // service-a 10..200 pods and service-b 4..100 pods of 1 vCPU / 1 GiB on m6i.large nodes
    // (2 vCPU, 8 GiB, Amazon EC2 instance types): CPU binds, two pods a node.
    assertThat(group.get("min_size")).isEqualTo(5.0 + 2.0);
    assertThat(group.get("max_size")).isEqualTo(100.0 + 50.0);
    assertThat(group.get("ami_type")).isEqualTo("AL2023_x86_64_STANDARD");
  }

  @Test
  @SuppressWarnings("unchecked")
  void nodeGroupsPastTheManagedNodeGroupQuotaAreSplitEvenly() {
    GeneratedFiles files = Examples.export(Examples.EXAMPLES.resolve("phase-4-global.yaml"));
    Map<String, Object> eks = (Map<String, Object>) module(files, "region_ap_south_1").get("eks");
    Map<String, Object> groups = (Map<String, Object>) eks.get("node_groups");
    // Mumbai: 2000 + 1000 pods of 1 vCPU at most, 2 per m6i.large: 1500 nodes, over the 450 a
    // managed node group may hold (EKS service quotas), so 4 groups of 375.
    double max = 0;
    for (Object g : groups.values()) {
      double size = (Double) ((Map<String, Object>) g).get("max_size");
      assertThat(size).isLessThanOrEqualTo(450);
      max += size;
    }
    assertThat(max).isEqualTo(1500);
    assertThat(groups).hasSize(4);
  }

  @Test
  void longIdsBecomeAwsNamesWithinTheLimitAndStillDistinct() {
    String a = Naming.aws(40, "a-design-with-a-long-name-eu-west-1", "cache-for-the-first-service");
    String b =
        Naming.aws(40, "a-design-with-a-long-name-eu-west-1", "cache-for-the-second-service");
    assertThat(a).hasSizeLessThanOrEqualTo(40).matches("[a-z][a-z0-9-]*[a-z0-9]");
    assertThat(b).hasSizeLessThanOrEqualTo(40).isNotEqualTo(a);
    assertThat(Naming.slug("Phase 4: Global!")).isEqualTo("phase-4-global");
  }

  @Test
  @SuppressWarnings("unchecked")
  void globalPhaseStampsTheModulePerRegionWithAnAuroraGlobalDatabase() {
    GeneratedFiles files = Examples.export(Examples.EXAMPLES.resolve("phase-4-global.yaml"));
    Map<String, Object> mumbai = module(files, "region_ap_south_1");
    Map<String, Object> virginia = module(files, "region_us_east_1");
    assertThat(mumbai.get("source")).isEqualTo("./modules/region");
    assertThat(virginia.get("source")).isEqualTo("./modules/region");
    // The EKS cluster name convention shared with the Kubernetes export: <design>-<region>.
    assertThat(mumbai.get("name")).isEqualTo("phase-4-global-ap-south-1");
    assertThat(virginia.get("name")).isEqualTo("phase-4-global-us-east-1");
    Map<String, Object> primary =
        (Map<String, Object>) ((Map<String, Object>) mumbai.get("aurora_clusters")).get("db");
    Map<String, Object> secondary =
        (Map<String, Object>) ((Map<String, Object>) virginia.get("aurora_clusters")).get("db");
    assertThat(primary)
        .containsEntry("create_global_cluster", true)
        .containsEntry("secondary", false);
    assertThat(secondary)
        .containsEntry("create_global_cluster", false)
        .containsEntry("secondary", true);
    // Primary: writer + the two Mumbai replicas; secondary: the two Virginia replicas.
    assertThat((Map<String, Object>) primary.get("instances")).hasSize(3);
    assertThat((Map<String, Object>) secondary.get("instances")).hasSize(2);
    String main = files.files().get("main.tf");
    assertThat(main)
        .contains("global_cluster        = module.region_ap_south_1.aurora_global_clusters[\"db\"]")
        .contains("domain_name = \"origin.${var.domain_name}\"")
        .contains("latency_routing_policy")
        .contains("aws_route53_health_check");
    assertThat(files.files().get("modules/region/aurora.tf"))
        .contains("enable_global_write_forwarding")
        .contains("aws_rds_global_cluster");
    // The ingress load balancers are the Kubernetes export's: no aws_lb anywhere.
    assertThat(types(files)).doesNotContain("aws_lb");
    assertThat(files.files().get("outputs.tf")).contains("ingress_load_balancers");
    assertThat(files.files().get("providers.tf"))
        .contains("alias  = \"ap_south_1\"")
        .contains("alias  = \"us_east_1\"")
        .doesNotContain("eu_west_1");
  }

  @Test
  void ec2ServicesGetTheirSizeAndTargetTrackingFromTheDesign() {
    GeneratedFiles files =
        Examples.export(Examples.EXAMPLES.resolve("phase-1-high-availability.yaml"));
    @SuppressWarnings("unchecked")
    Map<String, Object> web =
        (Map<String, Object>)
            ((Map<String, Object>) module(files, "region_ap_south_1").get("ec2_services"))
                .get("web");
    assertThat(web)
        .containsEntry("instance_type", "m5.large")
        .containsEntry("min_size", 2.0)
        .containsEntry("max_size", 20.0)
        .containsEntry("cpu_target", 50.0)
        .containsEntry("warmup_seconds", 120.0);
    assertThat(files.files().get("modules/region/ec2.tf"))
        .contains("ASGAverageCPUUtilization")
        .contains("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-");
  }

  @Test
  void whatTheExportCannotWriteIsRefusedWithOneLineNamingTheComponent() throws Exception {
    Design d = Designs.load(Examples.EXAMPLES.resolve("phase-2-microservices.yaml"));
    String yaml =
        Designs.format(d, false).replace("instanceType: m6i.large", "instanceType: z9.huge");
    Design unknown = Designs.parse(yaml, "unknown-type.yaml", false);
    assertThatThrownBy(() -> TerraformExport.generate(unknown, TerraformOptions.defaults()))
        .isInstanceOf(TerraformException.class)
        .hasMessageContaining("component 'service-a'")
        .hasMessageContaining("instanceType z9.huge")
        .hasMessageNotContaining("\n");
  }

  @Test
  void designsWithNothingToExportAreRefused() throws Exception {
    Design d =
        Designs.parse(
            String.join(
                "\n",
                List.of(
                    "scalelab: 1",
                    "name: only-users",
                    "regions: [us-east-1]",
                    "workload: {users: 10, requestsPerUserPerSecond: 1}",
                    "components:",
                    "  - {id: u, type: users, region: us-east-1}",
                    "")),
            "only-users.yaml",
            false);
    assertThatThrownBy(() -> TerraformExport.generate(d, TerraformOptions.defaults()))
        .isInstanceOf(TerraformException.class)
        .hasMessageContaining("no component with an AWS resource");
  }
}
