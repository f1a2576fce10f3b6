package io.scalelab.simulation.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.simulation.price.PriceCatalogue;
import org.junit.jupiter.api.Test;

class EksNodesTest {

  private static final double GIB = 1024.0 * 1024 * 1024;

  /** m6i.large: 2 vCPU, 8 GiB (Amazon EC2 instance types, general purpose). */
  private final EksNodes.NodeShape m6iLarge =
      EksNodes.shape(PriceCatalogue.snapshot(), "ap-south-1", "m6i.large").orElseThrow();

  @Test
  void catalogueGivesTheInstanceTypesPublishedSize() {
    assertThat(m6iLarge.vcpu()).isEqualTo(2);
    assertThat(m6iLarge.memoryGib()).isEqualTo(8);
  }

  @Test
  void cpuBoundPodsFillNodesByVcpu() {
    // 10 pods × 1 vCPU on 2-vCPU nodes: 5 nodes; memory (10 GiB of 40) does not bind.
    assertThat(EksNodes.nodes(10, 1, GIB, m6iLarge)).isEqualTo(5);
    assertThat(EksNodes.nodes(11, 1, GIB, m6iLarge)).isEqualTo(6);
  }

  @Test
  void memoryBoundPodsFillNodesByMemory() {
    // 10 pods × 3 GiB on 8-GiB nodes: 30 GiB needs 4 nodes, though 2.5 vCPU fits on 2.
    assertThat(EksNodes.nodes(10, 0.25, 3 * GIB, m6iLarge)).isEqualTo(4);
  }

  @Test
  void noPodsNeedNoNodes() {
    assertThat(EksNodes.nodes(0, 1, GIB, m6iLarge)).isZero();
  }

  @Test
  void unknownInstanceTypeHasNoShape() {
    assertThat(EksNodes.shape(PriceCatalogue.snapshot(), "ap-south-1", "z9.huge")).isEmpty();
  }
}
