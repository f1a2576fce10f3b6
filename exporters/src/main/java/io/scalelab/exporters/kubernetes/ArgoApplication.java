package io.scalelab.exporters.kubernetes;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Optional;

/**
 * An Argo CD Application ({@code argoproj.io/v1alpha1}), as far as the export writes one: a Git
 * source, a destination cluster and namespace, automated sync. Argo CD's CRD is not in the fabric8
 * model jars, so these records stand for it (field names from the Argo CD docs, "Application
 * Specification Reference").
 *
 * @param metadata name, Argo CD's namespace, annotations
 * @param spec what to sync where
 */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
record ArgoApplication(ObjectMeta metadata, Spec spec) {

  /** Argo CD's Application API version. */
  static final String API_VERSION = "argoproj.io/v1alpha1";

  /** Always {@value #API_VERSION}. */
  @JsonProperty
  public String apiVersion() {
    return API_VERSION;
  }

  /** Always {@code Application}. */
  @JsonProperty
  public String kind() {
    return "Application";
  }

  /** What to sync where, and how. */
  @JsonPropertyOrder({"project", "source", "destination", "syncPolicy"})
  record Spec(String project, Source source, Destination destination, SyncPolicy syncPolicy) {}

  /** The Git folder: a kustomization Argo CD builds. */
  @JsonPropertyOrder({"repoURL", "targetRevision", "path"})
  record Source(@JsonProperty("repoURL") String repoUrl, String targetRevision, String path) {}

  /** The cluster, by name or API server URL, and the default namespace. */
  @JsonPropertyOrder({"name", "server", "namespace"})
  record Destination(Optional<String> name, Optional<String> server, String namespace) {}

  /** Automated sync. */
  record SyncPolicy(Automated automated) {}

  /** Sync on every change, delete what Git no longer has, undo changes made in the cluster. */
  record Automated(boolean prune, boolean selfHeal) {}
}
