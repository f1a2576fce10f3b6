package io.scalelab.exporters.terraform;

import io.scalelab.simulation.price.PriceCatalogue;

/**
 * What a Terraform export needs that a design does not say. Everything only the user knows (domain
 * name, allowed CIDRs, what runs on the instances) is not here: it becomes a Terraform input
 * variable instead, so no value is made up.
 *
 * @param namePrefix prefix of every AWS name (lower-case letters, digits, hyphens); empty for the
 *     design's name, slugged ({@code phase-4-global}) and, past 32 characters, shortened with a
 *     hash. Names are {@code <prefix>-<region>-<id>}; each region's EKS cluster is {@code
 *     <prefix>-<region>}, the name the Kubernetes export and the apply step use too
 * @param kubernetesVersion the EKS version, the default of the {@code eks_kubernetes_version}
 *     variable
 * @param appPort the port the application listens on in its instances, the default of the {@code
 *     app_port} variable
 * @param databaseUsername the master user name of managed databases (its password is managed by RDS
 *     in Secrets Manager and never written)
 * @param catalogue where vCPU and memory of EKS node instance types come from, to pack pods on
 *     nodes as the cost model does
 */
public record TerraformOptions(
    String namePrefix,
    String kubernetesVersion,
    int appPort,
    String databaseUsername,
    PriceCatalogue catalogue) {

  /**
   * Default EKS version: 1.32, the minor version of the kubectl ScaleLab's apply step is tested
   * with (kubectl supports one minor version of skew, Kubernetes "Version Skew Policy").
   */
  public static final String DEFAULT_KUBERNETES_VERSION = "1.32";

  /** Default application port: 8080, an assumption (the usual port of JVM and Node web servers). */
  public static final int DEFAULT_APP_PORT = 8080;

  /**
   * Default master user name: {@code dbadmin}, an assumption; RDS reserves {@code rdsadmin} and
   * {@code admin} is reserved for some engines (RDS User Guide, "Naming constraints").
   */
  public static final String DEFAULT_DATABASE_USERNAME = "dbadmin";

  /**
   * Default health check path: {@code /healthz}, the Kubernetes convention the Kubernetes export's
   * probes and Ingress health check use too, so that one endpoint answers every check; the default
   * of the {@code health_check_path} variable.
   */
  public static final String DEFAULT_HEALTH_CHECK_PATH = "/healthz";

  public TerraformOptions {
    if (!namePrefix.isEmpty() && !namePrefix.matches("[a-z][a-z0-9-]{0,30}[a-z0-9]")) {
      throw new IllegalArgumentException(
          "name prefix must be 2-32 lower-case letters, digits and hyphens, starting with a letter"
              + " and not ending in a hyphen: "
              + namePrefix);
    }
    if (!kubernetesVersion.matches("1\\.[0-9]+")) {
      throw new IllegalArgumentException(
          "Kubernetes version must look like 1.32: " + kubernetesVersion);
    }
    if (appPort < 1 || appPort > 65535) {
      throw new IllegalArgumentException("app port must be 1 to 65535: " + appPort);
    }
    if (!databaseUsername.matches("[a-z][a-z0-9_]{0,15}")) {
      throw new IllegalArgumentException(
          "database user name must be 1-16 lower-case letters, digits or _, starting with a letter: "
              + databaseUsername);
    }
  }

  /** Every default, prices from the snapshot shipped with ScaleLab. */
  public static TerraformOptions defaults() {
    return new TerraformOptions(
        "",
        DEFAULT_KUBERNETES_VERSION,
        DEFAULT_APP_PORT,
        DEFAULT_DATABASE_USERNAME,
        PriceCatalogue.snapshot());
  }

  /** These options with another name prefix (empty for the design's name). */
  public TerraformOptions withNamePrefix(String prefix) {
    return new TerraformOptions(prefix, kubernetesVersion, appPort, databaseUsername, catalogue);
  }

  /** These options with another price catalogue (for instance the user's refreshed one). */
  public TerraformOptions withCatalogue(PriceCatalogue other) {
    return new TerraformOptions(namePrefix, kubernetesVersion, appPort, databaseUsername, other);
  }
}
