package io.scalelab.exporters.kubernetes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Optional;

/**
 * A {@code kustomization.yaml} (kustomize's {@code kustomize.config.k8s.io/v1beta1} Kustomization):
 * the region's manifests, the namespace they go into, and the real images of the logical names the
 * Deployments use.
 *
 * @param metadata name and annotations (the EKS cluster the folder is for)
 * @param namespace the namespace kustomize sets on every namespaced object
 * @param resources the manifest files, relative to the folder
 * @param images the image replacements
 */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "namespace", "resources", "images"})
record Kustomization(
    ObjectMeta metadata,
    String namespace,
    List<String> resources,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Image> images) {

  /** The Kustomization API version kustomize 5 reads. */
  static final String API_VERSION = "kustomize.config.k8s.io/v1beta1";

  Kustomization {
    resources = List.copyOf(resources);
    images = List.copyOf(images);
  }

  /** Always {@value #API_VERSION}. */
  @JsonProperty
  public String apiVersion() {
    return API_VERSION;
  }

  /** Always {@code Kustomization}. */
  @JsonProperty
  public String kind() {
    return "Kustomization";
  }

  /**
   * One entry of {@code images:}: containers whose image is {@code name} get {@code newName} and
   * the tag or digest.
   *
   * @param name the logical image name in the Deployments
   * @param newName the real repository
   * @param newTag the tag, if any
   * @param digest the digest, if any (wins over the tag)
   */
  @JsonPropertyOrder({"name", "newName", "newTag", "digest"})
  record Image(String name, String newName, Optional<String> newTag, Optional<String> digest) {}
}
