/**
 * The Kubernetes and Argo CD export: {@link io.scalelab.exporters.kubernetes.KubernetesExport}
 * turns a design's EKS services into one kustomize folder per region and an Argo CD Application per
 * region. Objects are fabric8 model objects (or records where fabric8 has no type), written as YAML
 * by Jackson with comments added where a value needs its reason.
 */
package io.scalelab.exporters.kubernetes;
