package io.scalelab.model.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scalelab.model.component.Component;
import io.scalelab.model.component.UserOrigin;
import io.scalelab.model.component.Waf;
import io.scalelab.model.region.Region;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopologyTest {

  private static final Region US = new Region("us-east-1");

  private final List<Component> components =
      List.of(
          UserOrigin.of(Component.Basics.of("users", US)),
          new Waf(Component.Basics.of("waf", US), 5));

  @Test
  void twoConnectionsBetweenTheSameComponentsStayTwoEdges() {
    Connection reads = Connection.of("users", "waf");
    Connection writes =
        new Connection(
            "users->waf#2",
            "users",
            "waf",
            Connection.CallMode.SYNC,
            0.1,
            1,
            Connection.Operation.WRITE,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    Topology t = Topology.of(components, List.of(reads, writes));

    assertThat(t.graph().edgeSet()).containsExactlyInAnyOrder(reads, writes);
    assertThat(t.outgoing("users")).hasSize(2);
    assertThat(t.incoming("waf")).hasSize(2);
  }

  @Test
  void theGraphCannotBeChangedFromOutside() {
    Topology t = Topology.of(components, List.of(Connection.of("users", "waf")));

    assertThatThrownBy(() -> t.graph().addVertex("intruder"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> t.graph().removeEdge(Connection.of("users", "waf")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void connectionsWithAMissingEndAreLeftOutOfTheGraph() {
    Topology t = Topology.of(components, List.of(Connection.of("users", "ghost")));

    assertThat(t.graph().edgeSet()).isEmpty();
    assertThat(t.origins()).extracting(Component::id).containsExactly("users");
  }
}
