package io.scalelab.exporters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scalelab.exporters.kubernetes.KubernetesOptions.IngressClass;
import io.scalelab.exporters.kubernetes.KubernetesOptions.Routing;
import org.junit.jupiter.api.Test;

/** The options' defaults, and impossible values refused with the setting's name. */
class KubernetesOptionsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    var o = KubernetesOptions.defaults();
    assertThat(o.ingressClass()).isEqualTo(IngressClass.ALB);
    assertThat(o.routing()).isEqualTo(Routing.SHARES);
    assertThat(o.containerPort()).isEqualTo(8080);
    assertThat(o.servicePort()).isEqualTo(80);
    assertThat(o.readinessPath()).isEqualTo("/healthz");
    assertThat(o.revision()).isEqualTo("HEAD");
    assertThat(o.repoPath()).isEqualTo("kubernetes");
    assertThat(o.namespace()).isEmpty();
    assertThat(o.repoUrl()).isEmpty();
  }

  @Test
  void nginxRoutesByPathUnlessToldOtherwiseAndCannotSplitByShare() {
    assertThat(KubernetesOptions.builder().ingressClass(IngressClass.NGINX).build().routing())
        .isEqualTo(Routing.PATHS);
    assertThatThrownBy(
            () ->
                KubernetesOptions.builder()
                    .ingressClass(IngressClass.NGINX)
                    .routing(Routing.SHARES)
                    .build())
        .hasMessageStartingWith("routing:");
    assertThat(KubernetesOptions.builder().routing(Routing.PATHS).build().routing())
        .isEqualTo(Routing.PATHS);
  }

  @Test
  void impossibleValuesNameTheSetting() {
    assertThatThrownBy(() -> KubernetesOptions.builder().namespace("Shop").build())
        .hasMessageStartingWith("namespace must be");
    assertThatThrownBy(() -> KubernetesOptions.builder().containerPort(0).build())
        .hasMessageStartingWith("containerPort must be");
    assertThatThrownBy(() -> KubernetesOptions.builder().readinessPath("healthz").build())
        .hasMessageStartingWith("readinessPath must be");
    assertThatThrownBy(() -> KubernetesOptions.builder().image("a", "Not An Image").build())
        .hasMessageStartingWith("images.a must be");
    assertThatThrownBy(() -> KubernetesOptions.builder().imageTag("bad tag").build())
        .hasMessageStartingWith("imageTag must be");
    assertThatThrownBy(() -> KubernetesOptions.builder().repoPath("/abs").build())
        .hasMessageStartingWith("repoPath must be");
    assertThatThrownBy(() -> KubernetesOptions.builder().certificateArn("cert").build())
        .hasMessageStartingWith("certificateArn must be");
    assertThatThrownBy(
            () ->
                KubernetesOptions.builder()
                    .ingressClass(IngressClass.NGINX)
                    .certificateArn("arn:aws:acm:us-east-1:123456789012:certificate/abc")
                    .build())
        .hasMessageContaining("ALB");
  }

  @Test
  void imageReferencesSplitIntoNameTagAndDigest() {
    var tagged =
        ImageReference.parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/a:1.2", "x");
    assertThat(tagged.name()).isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/a");
    assertThat(tagged.tag()).contains("1.2");
    assertThat(tagged.digest()).isEmpty();
    var withPort = ImageReference.parse("localhost:5000/a", "x");
    assertThat(withPort.name()).isEqualTo("localhost:5000/a");
    assertThat(withPort.tag()).isEmpty();
    String digest = "sha256:" + "ab".repeat(32);
    var pinned = ImageReference.parse("ghcr.io/acme/a@" + digest, "x");
    assertThat(pinned.digest()).contains(digest);
  }
}
