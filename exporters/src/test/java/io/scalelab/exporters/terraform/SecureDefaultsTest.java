package io.scalelab.exporters.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.exporters.files.GeneratedFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The secure defaults, checked on the exported files as hcl4j parses them: storage encrypted, no
 * public database or cache, IMDSv2 required, nothing reachable from an address range but a load
 * balancer, no secret in any file, and every taggable resource tagged with its component.
 */
class SecureDefaultsTest {

  /** Argument names that would hold a secret if given a literal. */
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(password|secret|secret_key|access_key|private_key|auth_token)$");

  /** An AWS access key id or a PEM private key anywhere in the text. */
  private static final Pattern SECRET_TEXT =
      Pattern.compile("(AKIA[0-9A-Z]{16})|(-----BEGIN [A-Z ]*PRIVATE KEY-----)");

  static Stream<Path> designs() {
    return Examples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("designs")
  void storageIsEncryptedEverywhere(Path design) {
    ParsedTerraform t = new ParsedTerraform(Examples.export(design));
    List<String> bad = new ArrayList<>();
    expect(t, "aws_db_instance", "storage_encrypted", true, bad);
    expect(t, "aws_rds_cluster", "storage_encrypted", true, bad);
    expect(t, "aws_rds_global_cluster", "storage_encrypted", true, bad);
    expect(t, "aws_elasticache_replication_group", "at_rest_encryption_enabled", true, bad);
    expect(t, "aws_elasticache_replication_group", "transit_encryption_enabled", true, bad);
    expect(t, "aws_sqs_queue", "sqs_managed_sse_enabled", true, bad);
    expect(t, "aws_kinesis_stream", "encryption_type", "KMS", bad);
    for (ParsedTerraform.Declared d : t.resources("aws_sns_topic")) {
      if (!(d.body().get("kms_master_key_id") instanceof String s) || s.isBlank()) {
        bad.add(d.address() + ": not encrypted");
      }
    }
    nested(t, "aws_dynamodb_table", "server_side_encryption", "enabled", true, bad);
    nested(t, "aws_dax_cluster", "server_side_encryption", "enabled", true, bad);
    for (ParsedTerraform.Declared d : t.resources("aws_launch_template")) {
      for (Map<String, Object> m : ParsedTerraform.blocks(d.body(), "block_device_mappings")) {
        for (Map<String, Object> ebs : ParsedTerraform.blocks(m, "ebs")) {
          if (!Boolean.TRUE.equals(ebs.get("encrypted"))) {
            bad.add(d.address() + ": unencrypted volume");
          }
        }
      }
    }
    for (ParsedTerraform.Declared d : t.resources("aws_eks_cluster")) {
      if (ParsedTerraform.blocks(d.body(), "encryption_config").isEmpty()) {
        bad.add(d.address() + ": Kubernetes secrets not encrypted");
      }
    }
    for (ParsedTerraform.Declared d : t.resources("aws_s3_bucket")) {
      if (t.resources("aws_s3_bucket_server_side_encryption_configuration").isEmpty()) {
        bad.add(d.address() + ": no default encryption");
      }
    }
    assertThat(bad).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("designs")
  void noDatabaseCacheOrBucketIsPublic(Path design) {
    ParsedTerraform t = new ParsedTerraform(Examples.export(design));
    List<String> bad = new ArrayList<>();
    expect(t, "aws_db_instance", "publicly_accessible", false, bad);
    expect(t, "aws_rds_cluster_instance", "publicly_accessible", false, bad);
    for (String flag :
        List.of(
            "block_public_acls",
            "block_public_policy",
            "ignore_public_acls",
            "restrict_public_buckets")) {
      expect(t, "aws_s3_bucket_public_access_block", flag, true, bad);
    }
    assertThat(t.resources("aws_s3_bucket_public_access_block"))
        .hasSameSizeAs(t.resources("aws_s3_bucket"));
    for (ParsedTerraform.Declared d : t.resources("aws_vpc_security_group_ingress_rule")) {
      boolean fromAddresses =
          d.body().containsKey("cidr_ipv4") || d.body().containsKey("prefix_list_id");
      String group = String.valueOf(d.body().get("security_group_id"));
      if (fromAddresses && !group.startsWith("aws_security_group.load_balancer")) {
        bad.add(d.address() + ": opens " + group + " to an address range");
      }
    }
    for (ParsedTerraform.Declared d : t.resources("aws_security_group")) {
      if (d.body().containsKey("ingress")) {
        bad.add(d.address() + ": inline ingress rules");
      }
    }
    assertThat(bad).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("designs")
  void instancesRequireImdsV2(Path design) {
    ParsedTerraform t = new ParsedTerraform(Examples.export(design));
    assertThat(t.resources("aws_instance")).isEmpty();
    assertThat(imds(t)).isEmpty();
  }

  @Test
  void theChecksCatchAnExportThatBreaksThem() {
    GeneratedFiles good =
        Examples.export(Examples.EXAMPLES.resolve("phase-1-high-availability.yaml"));
    Map<String, String> files = new java.util.TreeMap<>(good.files());
    files.replaceAll(
        (path, text) ->
            text.replace("http_tokens                 = \"required\"", "http_tokens = \"optional\"")
                .replace("username          = var.database_username", "password = \"hunter2\""));
    ParsedTerraform bad = new ParsedTerraform(new GeneratedFiles("terraform", files));
    assertThat(imds(bad)).isNotEmpty();
    List<String> secrets = new ArrayList<>();
    bad.declared.forEach(d -> secrets(d.address(), d.body(), secrets));
    assertThat(secrets).anyMatch(s -> s.contains("password is written"));
  }

  private static List<String> imds(ParsedTerraform t) {
    List<String> bad = new ArrayList<>();
    nested(t, "aws_launch_template", "metadata_options", "http_tokens", "required", bad);
    return bad;
  }

  @ParameterizedTest
  @MethodSource("designs")
  void noSecretIsWritten(Path design) {
    GeneratedFiles files = Examples.export(design);
    ParsedTerraform t = new ParsedTerraform(files);
    List<String> bad = new ArrayList<>();
    files
        .files()
        .forEach(
            (path, text) -> {
              if (SECRET_TEXT.matcher(text).find()) {
                bad.add(path + ": holds a key");
              }
            });
    for (ParsedTerraform.Declared d : t.declared) {
      secrets(d.address(), d.body(), bad);
    }
    for (ParsedTerraform.Declared d : t.resources("aws_db_instance")) {
      if (!d.body().containsKey("replicate_source_db")) {
        expectOne(d, "manage_master_user_password", true, bad);
      }
    }
    assertThat(bad).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("designs")
  void everyTaggableResourceNamesItsComponent(Path design) {
    ParsedTerraform t = new ParsedTerraform(Examples.export(design));
    ProviderSchema schema = ProviderSchema.get();
    List<String> bad = new ArrayList<>();
    int taggable = 0;
    for (ParsedTerraform.Declared d : t.declared) {
      if (!d.kind().equals("resource")) {
        continue;
      }
      if (schema.resources.get(d.type()).properties().containsKey("tags")) {
        taggable++;
        if (!(d.body().get("tags") instanceof Map<?, ?> tags)
            || !tags.containsKey(Tf.COMPONENT_TAG)) {
          bad.add(d.address() + ": no " + Tf.COMPONENT_TAG + " tag");
        }
      }
    }
    for (ParsedTerraform.Declared d : t.resources("aws_autoscaling_group")) {
      boolean tagged =
          ParsedTerraform.blocks(d.body(), "tag").stream()
              .anyMatch(
                  tag ->
                      Tf.COMPONENT_TAG.equals(tag.get("key"))
                          && Boolean.TRUE.equals(tag.get("propagate_at_launch")));
      if (!tagged) {
        bad.add(d.address() + ": instances are not tagged with their component");
      }
    }
    assertThat(taggable).as("taggable resources checked").isGreaterThan(5);
    String providers = Examples.export(design).files().get("providers.tf");
    assertThat(providers).contains("default_tags").contains("\"" + Tf.DESIGN_TAG + "\"");
    assertThat(bad).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static void secrets(String where, Map<String, Object> body, List<String> bad) {
    for (Map.Entry<String, Object> e : body.entrySet()) {
      Object v = e.getValue();
      if (SECRET_NAME.matcher(e.getKey()).matches() && v instanceof String) {
        bad.add(where + ": " + e.getKey() + " is written in the file");
      }
      if (v instanceof Map<?, ?> m) {
        secrets(where + "." + e.getKey(), (Map<String, Object>) m, bad);
      } else if (v instanceof List<?> l) {
        for (Object o : l) {
          if (o instanceof Map<?, ?> m) {
            secrets(where + "." + e.getKey(), (Map<String, Object>) m, bad);
          }
        }
      }
    }
  }

  private static void expect(
      ParsedTerraform t, String type, String argument, Object value, List<String> bad) {
    for (ParsedTerraform.Declared d : t.resources(type)) {
      expectOne(d, argument, value, bad);
    }
  }

  private static void expectOne(
      ParsedTerraform.Declared d, String argument, Object value, List<String> bad) {
    if (!value.equals(d.body().get(argument))) {
      bad.add(d.address() + ": " + argument + " is " + d.body().get(argument) + ", not " + value);
    }
  }

  private static void nested(
      ParsedTerraform t,
      String type,
      String block,
      String argument,
      Object value,
      List<String> bad) {
    for (ParsedTerraform.Declared d : t.resources(type)) {
      List<Map<String, Object>> blocks = ParsedTerraform.blocks(d.body(), block);
      if (blocks.isEmpty()) {
        bad.add(d.address() + ": no " + block);
      }
      for (Map<String, Object> b : blocks) {
        if (!value.equals(b.get(argument))) {
          bad.add(d.address() + ": " + block + "." + argument + " is " + b.get(argument));
        }
      }
    }
  }
}
