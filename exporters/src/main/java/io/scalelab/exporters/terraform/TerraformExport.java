package io.scalelab.exporters.terraform;

import io.scalelab.exporters.files.GeneratedFiles;
import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.HclWriter;
import io.scalelab.model.Design;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.KeyValueStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Terraform export: a design as a root module and a regional module stamped once per region.
 *
 * <pre>
 * versions.tf     Terraform and hashicorp/aws versions
 * providers.tf    one aliased provider per region, with default_tags
 * main.tf         a module block per region (providers = { aws = aws.REGION }) and the global
 *                 services: Route 53, CloudFront, WAF
 * variables.tf    what only the user knows, validated, and ScaleLab's named defaults
 * outputs.tf      cluster names, endpoints, name servers
 * modules/region/ the regional stamp: VPC, security groups, EC2 Auto Scaling, EKS, ALB, RDS and
 *                 Aurora, ElastiCache, SQS, SNS, Kinesis, Lambda, API Gateway, DynamoDB, S3;
 *                 the same files for every region, driven by maps of that region's components
 * </pre>
 *
 * <p>Every file is in {@code terraform fmt}'s layout. Nothing secret is written: database passwords
 * are managed by RDS in Secrets Manager. See {@code docs/export.md}.
 */
public final class TerraformExport {

  /**
   * The export kind, naming the manifest {@link io.scalelab.exporters.files.ExportDirectory} keeps.
   */
  public static final String KIND = "terraform";

  private static final String MODULE = "modules/region/";

  /**
   * What stays out of Git: local state and saved plans hold resource attributes, some of them
   * sensitive ("Sensitive Data in State", Terraform docs), and the export's folder is often in the
   * repository Argo CD reads. The dependency lock file is meant to be committed.
   */
  static final String GITIGNORE =
      """
      # Written by ScaleLab. Local state and saved plans can hold sensitive values: keep them out
      # of Git (use a remote backend for shared state). Commit .terraform.lock.hcl.
      .terraform/
      *.tfstate
      *.tfstate.*
      scalelab.tfplan
      crash.log
      """;

  private TerraformExport() {}

  /**
   * The Terraform files of {@code design}. Pure: reads nothing but the options' price catalogue,
   * writes nothing; O(components × connections).
   *
   * @throws TerraformException when the design holds something the export cannot write, with a
   *     one-line message naming the component or connection
   */
  public static GeneratedFiles generate(Design design, TerraformOptions options)
      throws TerraformException {
    Plan plan = Plan.of(design, options);
    if (plan.regions.isEmpty()) {
      throw new TerraformException(
          "design '" + design.name() + "' has no component with an AWS resource to export");
    }
    List<ModulePart> parts = new ArrayList<>();
    for (ModulePart p : all()) {
      if (p.used(plan)) {
        parts.add(p);
      }
    }
    Map<String, String> files = new TreeMap<>();
    RootFiles.write(plan, parts, files);
    Body.Builder variables = Body.builder();
    Body.Builder outputs = Body.builder();
    for (ModulePart p : parts) {
      variables.addAll(p.variables(plan));
      outputs.addAll(p.outputs(plan));
      files.put(MODULE + p.file(), HclWriter.file(p.resources(plan)));
    }
    if (dataStores(plan)) {
      files.put(MODULE + "clients.tf", HclWriter.file(Clients.locals(plan)));
    }
    files.put(MODULE + "versions.tf", HclWriter.file(RootFiles.versions(false)));
    files.put(MODULE + "variables.tf", HclWriter.file(variables.build()));
    files.put(MODULE + "outputs.tf", HclWriter.file(outputs.build()));
    files.put(".gitignore", GITIGNORE);
    return new GeneratedFiles(KIND, files);
  }

  private static boolean dataStores(Plan plan) {
    return !plan.all(Database.class).isEmpty()
        || !plan.all(Cache.class).isEmpty()
        || plan.all(KeyValueStore.class).stream().anyMatch(k -> k.dax().isPresent());
  }

  /** Every part of the regional module, in file order. */
  private static List<ModulePart> all() {
    return List.of(
        new NetworkBlocks(),
        new Ec2Blocks(),
        new LoadBalancerBlocks(),
        new EksBlocks(),
        new DatabaseBlocks(),
        new RdsBlocks(),
        new AuroraBlocks(),
        new CacheBlocks(),
        new MessagingBlocks(),
        new LambdaBlocks(),
        new ApiGatewayBlocks(),
        new TableBlocks(),
        new StorageBlocks());
  }
}
