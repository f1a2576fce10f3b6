package io.scalelab.app.gui.cost;

import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.Service;
import io.scalelab.model.fault.Fault;
import io.scalelab.model.topology.Connection;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What changed between two designs, in short phrases a person reads at a glance: {@code +1 replica
 * on db}, {@code +2 instances on api}, {@code db: instanceClass db.r6g.large → db.r6g.xlarge},
 * {@code + component cache}, {@code users 100,000 → 200,000}. Settings are compared field by field
 * on the model's records, so a new setting is covered without a change here; canvas positions are
 * left out (they change nothing simulated).
 */
public final class DesignDiff {

  private DesignDiff() {}

  /** The changes from {@code before} to {@code after}, in design order; empty when none. */
  public static List<String> between(Design before, Design after) {
    List<String> out = new ArrayList<>();
    if (before.workload().users() != after.workload().users()) {
      out.add(
          String.format(
              Locale.ROOT, "users %,d → %,d", before.workload().users(), after.workload().users()));
    }
    fields("workload", before.workload().withUsers(1), after.workload().withUsers(1), out);
    if (!before.regions().equals(after.regions())) {
      out.add("regions " + before.regions() + " → " + after.regions());
    }
    keyed(
        "component",
        before.components(),
        after.components(),
        Component::id,
        DesignDiff::component,
        out);
    keyed(
        "connection",
        before.connections(),
        after.connections(),
        DesignDiff::connectionName,
        (a, b, o) -> fields(connectionName(b), a, b, o),
        out);
    faults(before.faults(), after.faults(), out);
    return out;
  }

  /** Settings a component changed in place. */
  private interface Compare<T> {
    void changes(T before, T after, List<String> out);
  }

  private static <T> void keyed(
      String noun,
      List<T> before,
      List<T> after,
      Function<T, String> key,
      Compare<T> compare,
      List<String> out) {
    Map<String, T> old = new LinkedHashMap<>();
    before.forEach(t -> old.put(key.apply(t), t));
    Map<String, T> now = new LinkedHashMap<>();
    after.forEach(t -> now.put(key.apply(t), t));
    old.keySet().stream()
        .filter(k -> !now.containsKey(k))
        .forEach(k -> out.add("− " + noun + " " + k));
    now.forEach(
        (k, t) -> {
          if (!old.containsKey(k)) {
            out.add("+ " + noun + " " + k);
          } else if (!old.get(k).equals(t)) {
            compare.changes(old.get(k), t, out);
          }
        });
  }

  private static String connectionName(Connection c) {
    return c.from() + " → " + c.to();
  }

  private static void component(Component a, Component b, List<String> out) {
    String id = b.id();
    if (a.getClass() != b.getClass()) {
      out.add(id + ": " + a.type().fileName() + " → " + b.type().fileName());
      return;
    }
    List<String> rest = new ArrayList<>();
    fields(id, (Record) a, (Record) b, rest);
    if (a instanceof Database da && b instanceof Database db) {
      int more = db.readReplicas().size() - da.readReplicas().size();
      if (more != 0) {
        out.add(signed(more) + " replica" + (Math.abs(more) == 1 ? "" : "s") + " on " + id);
        rest.removeIf(line -> line.startsWith(id + ": readReplicas "));
      }
    }
    if (a instanceof Service sa
        && b instanceof Service sb
        && sa.scaling() instanceof Service.Scaling.Fixed fa
        && sb.scaling() instanceof Service.Scaling.Fixed fb
        && fa.instances() != fb.instances()) {
      int more = fb.instances() - fa.instances();
      out.add(signed(more) + " instance" + (Math.abs(more) == 1 ? "" : "s") + " on " + id);
      rest.removeIf(line -> line.startsWith(id + ": scaling: instances "));
    }
    out.addAll(rest);
  }

  private static void faults(List<Fault> before, List<Fault> after, List<String> out) {
    before.stream().filter(f -> !after.contains(f)).forEach(f -> out.add("− fault " + fault(f)));
    after.stream().filter(f -> !before.contains(f)).forEach(f -> out.add("+ fault " + fault(f)));
  }

  private static String fault(Fault f) {
    return f.type() + " of " + f.target() + " at " + io.scalelab.model.unit.Units.format(f.at());
  }

  /** One line per record component that differs; nested records are compared inside. */
  private static void fields(String owner, Record a, Record b, List<String> out) {
    for (RecordComponent rc : a.getClass().getRecordComponents()) {
      Object x = value(rc, a);
      Object y = value(rc, b);
      if (x.equals(y)) {
        continue;
      }
      if (x instanceof Component.Basics bx && y instanceof Component.Basics by) {
        if (!bx.region().equals(by.region())) {
          out.add(owner + ": region " + bx.region() + " → " + by.region());
        }
        if (!bx.zones().equals(by.zones())) {
          out.add(owner + ": zones " + bx.zones().size() + " → " + by.zones().size());
        }
      } else if (x instanceof Record rx && y instanceof Record ry && x.getClass() == y.getClass()) {
        fields(owner + ": " + rc.getName(), rx, ry, out);
      } else {
        out.add(owner + ": " + rc.getName() + " " + show(x) + " → " + show(y));
      }
    }
  }

  private static Object value(RecordComponent rc, Record r) {
    try {
      return rc.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + rc.getName() + " of " + r, e);
    }
  }

  private static String show(Object v) {
    if (v instanceof Optional<?> o) {
      return o.map(DesignDiff::show).orElse("none");
    }
    if (v instanceof List<?> l) {
      return l.size() + (l.size() == 1 ? " item" : " items");
    }
    if (v instanceof java.time.Duration d) {
      return io.scalelab.model.unit.Units.format(d);
    }
    if (v instanceof io.scalelab.model.unit.DataSize d) {
      return io.scalelab.model.unit.Units.format(d);
    }
    if (v instanceof Double d) {
      return String.format(Locale.ROOT, "%s", d);
    }
    if (v instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
    return String.valueOf(v);
  }

  private static String signed(int n) {
    return (n > 0 ? "+" : "−") + Math.abs(n);
  }
}
