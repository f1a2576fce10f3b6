package io.scalelab.app.gui.canvas;

import static io.scalelab.app.gui.canvas.CanvasGeometry.NODE_HEIGHT;
import static io.scalelab.app.gui.canvas.CanvasGeometry.NODE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.app.gui.Overlay;
import io.scalelab.app.gui.document.Snapshot;
import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.ComponentType;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The automatic layout is readable: no overlaps, users left, stores right, regions apart. */
class LayoutAndDrawingTest {

  static Stream<Path> designs() throws Exception {
    return Files.list(Path.of("..", "examples"))
        .filter(p -> p.toString().endsWith(".yaml"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("designs")
  void nodesNeverOverlapAndRegionBoxesNeverOverlapEachOtherOrForeignNodes(Path file)
      throws Exception {
    Design d = Designs.load(file);
    Map<String, Component.Position> at = Drawings.positions(d);
    Drawing drawing = Drawings.of(new Snapshot(d, List.of()), Overlay.NONE, at);

    List<Component> cs = d.components();
    for (int i = 0; i < cs.size(); i++) {
      for (int j = i + 1; j < cs.size(); j++) {
        assertThat(overlap(box(at.get(cs.get(i).id())), box(at.get(cs.get(j).id()))))
            .as(cs.get(i).id() + " and " + cs.get(j).id())
            .isFalse();
      }
    }
    List<Drawing.Box> boxes = drawing.boxes();
    for (int i = 0; i < boxes.size(); i++) {
      Drawing.Box b = boxes.get(i);
      for (int j = i + 1; j < boxes.size(); j++) {
        Drawing.Box o = boxes.get(j);
        assertThat(
                overlap(
                    new double[] {b.x(), b.y(), b.x() + b.width(), b.y() + b.height()},
                    new double[] {o.x(), o.y(), o.x() + o.width(), o.y() + o.height()}))
            .as(b.title() + " and " + o.title())
            .isFalse();
      }
      for (Component c : cs) {
        boolean member = c.type() != ComponentType.USERS && c.region().code().equals(b.title());
        double[] n = box(at.get(c.id()));
        double[] r = {b.x(), b.y(), b.x() + b.width(), b.y() + b.height()};
        assertThat(overlap(n, r)).as(c.id() + " in box " + b.title()).isEqualTo(member);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("designs")
  void usersStandLeftOfEverythingAndCalledStoresRightOfTheirCallers(Path file) throws Exception {
    Design d = Designs.load(file);
    Map<String, Component.Position> at = AutoLayout.layout(d);
    double usersRight =
        d.components().stream()
            .filter(c -> c.type() == ComponentType.USERS)
            .mapToDouble(c -> at.get(c.id()).x())
            .max()
            .orElse(0);
    for (Component c : d.components()) {
      if (c.type() != ComponentType.USERS) {
        assertThat(at.get(c.id()).x()).as(c.id()).isGreaterThan(usersRight);
      }
    }
    d.connections().stream()
        .filter(c -> c.mode() == io.scalelab.model.topology.Connection.CallMode.SYNC)
        .forEach(
            c -> assertThat(at.get(c.to()).x()).as(c.id()).isGreaterThan(at.get(c.from()).x()));
  }

  @Test
  void theOverlayColoursByTheStatedThresholdsAndBadgesOnlyTheBottleneck() {
    Design d = Presets.design(Phase.PERFORMANCE);
    Overlay overlay =
        new Overlay(
            Map.of("db", 0.92, "cache", 0.60, "service-a", 0.59),
            Optional.of("db"),
            "CPU of the primary at 92%");

    Drawing drawing = Drawings.of(new Snapshot(d, List.of()), overlay, Drawings.positions(d));

    assertThat(drawing.node("db").orElseThrow().level()).contains(Utilisation.RED);
    assertThat(drawing.node("cache").orElseThrow().level()).contains(Utilisation.AMBER);
    assertThat(drawing.node("service-a").orElseThrow().level()).contains(Utilisation.GREEN);
    assertThat(drawing.node("cdn").orElseThrow().level()).isEmpty();
    List<String> badged = new ArrayList<>();
    drawing.nodes().stream().filter(Drawing.Node::bottleneck).forEach(n -> badged.add(n.id()));
    assertThat(badged).containsExactly("db");
    assertThat(drawing.node("db").orElseThrow().reason()).isEqualTo("CPU of the primary at 92%");
  }

  @Test
  void labelsShowTheKeySettingAndArrowsShowShareAndCalls() {
    Design d = Presets.design(Phase.PERFORMANCE);
    Drawing drawing = Drawings.of(new Snapshot(d, List.of()), Overlay.NONE, Drawings.positions(d));

    assertThat(drawing.node("service-a").orElseThrow().detail())
        .isEqualTo("50–400 pods · m6i.large");
    assertThat(drawing.node("db").orElseThrow().detail()).isEqualTo("db.r6g.large +2 replicas");
    assertThat(drawing.node("db").orElseThrow().zones()).isEqualTo("AZ a b · Multi-AZ");
    assertThat(drawing.node("cache").orElseThrow().detail()).isEqualTo("4×cache.r6g.large");
    assertThat(drawing.edges())
        .anySatisfy(e -> assertThat(e.label()).isEqualTo("80%"))
        .anySatisfy(e -> assertThat(e.label()).isEqualTo("×2"));
  }

  private static double[] box(Component.Position p) {
    return new double[] {p.x(), p.y(), p.x() + NODE_WIDTH, p.y() + NODE_HEIGHT};
  }

  private static boolean overlap(double[] a, double[] b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  }
}
