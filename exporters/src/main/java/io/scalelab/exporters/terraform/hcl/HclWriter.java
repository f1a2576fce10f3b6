package io.scalelab.exporters.terraform.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes HCL in the layout {@code terraform fmt} produces: two-space indentation, one space around
 * {@code =}, the {@code =} of consecutive single-line attributes aligned, one empty line around
 * nested blocks, multi-line lists with a trailing comma, a newline at the end of the file.
 *
 * <p>Alignment follows hclwrite's rule: a line whose value opens more brackets than it closes (a
 * multi-line object, list or call) is not aligned and ends the run of aligned lines, as do
 * comments, empty lines and block headers.
 */
public final class HclWriter {

  private static final String INDENT = "  ";

  /** Longest single-line list before it is written one item per line. */
  static final int MAX_INLINE_LIST = 80;

  private HclWriter() {}

  /** The text of a file whose top level is {@code body}. */
  public static String file(Body body) {
    List<String> out = new ArrayList<>();
    body(body, "", out);
    return String.join("\n", out) + "\n";
  }

  private static void body(Body body, String indent, List<String> out) {
    List<List<Body.Item>> units = units(body.items());
    boolean afterBlock = false;
    boolean gap = false;
    int start = out.size();
    List<Pending> run = new ArrayList<>();
    for (List<Body.Item> unit : units) {
      Body.Item last = unit.get(unit.size() - 1);
      if (last instanceof Body.Gap) {
        gap = true;
        continue;
      }
      boolean isBlock = last instanceof Body.Block;
      boolean hasComment = unit.size() > 1;
      if (out.size() + run.size() > start && (gap || isBlock || afterBlock)) {
        flush(run, indent, out);
        out.add("");
      }
      gap = false;
      if (hasComment || isBlock) {
        flush(run, indent, out);
      }
      for (Body.Item c : unit.subList(0, unit.size() - 1)) {
        for (String line : ((Body.Comment) c).text().split("\n", -1)) {
          out.add((indent + "# " + line).stripTrailing());
        }
      }
      if (last instanceof Body.Block b) {
        block(b, indent, out);
      } else if (last instanceof Body.Attribute a) {
        List<String> value = value(a.value());
        if (value.size() == 1) {
          run.add(new Pending(a.name(), value.get(0)));
        } else {
          flush(run, indent, out);
          out.add(indent + a.name() + " = " + value.get(0));
          for (String line : value.subList(1, value.size())) {
            out.add(line.isEmpty() ? "" : indent + line);
          }
        }
      } else if (last instanceof Body.Comment c) {
        flush(run, indent, out);
        for (String line : c.text().split("\n", -1)) {
          out.add((indent + "# " + line).stripTrailing());
        }
      }
      afterBlock = isBlock;
    }
    flush(run, indent, out);
  }

  /** Groups each item with the comments right before it. */
  private static List<List<Body.Item>> units(List<Body.Item> items) {
    List<List<Body.Item>> units = new ArrayList<>();
    List<Body.Item> current = new ArrayList<>();
    for (Body.Item item : items) {
      current.add(item);
      if (!(item instanceof Body.Comment)) {
        units.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      units.add(current);
    }
    return units;
  }

  private record Pending(String key, String value) {}

  private static void flush(List<Pending> run, String indent, List<String> out) {
    int width = run.stream().mapToInt(p -> p.key().length()).max().orElse(0);
    for (Pending p : run) {
      out.add(indent + p.key() + " ".repeat(width - p.key().length()) + " = " + p.value());
    }
    run.clear();
  }

  private static void block(Body.Block b, String indent, List<String> out) {
    StringBuilder head = new StringBuilder(indent).append(b.type());
    for (String label : b.labels()) {
      head.append(" \"").append(label).append('"');
    }
    if (b.body().items().isEmpty()) {
      out.add(head + " {}");
      return;
    }
    out.add(head + " {");
    body(b.body(), indent + INDENT, out);
    out.add(indent + "}");
  }

  // --- expressions ------------------------------------------------------------------------

  /**
   * The lines of an expression: the first continues the line it starts on, the others carry their
   * indentation relative to that line.
   */
  static List<String> value(Expr e) {
    String inline = Inline.of(e);
    if (inline != null) {
      return List.of(inline);
    }
    if (e instanceof Expr.Obj o) {
      return object(o);
    }
    if (e instanceof Expr.Tuple t) {
      return tuple(t);
    }
    if (e instanceof Expr.Call c) {
      return call(c);
    }
    if (e instanceof Expr.For f) {
      return forLines(f);
    }
    if (e instanceof Expr.Conditional c
        && Inline.of(c.condition()) != null
        && Inline.of(c.yes()) != null) {
      List<String> no = value(c.no());
      List<String> lines = new ArrayList<>();
      lines.add(Inline.of(c.condition()) + " ? " + Inline.of(c.yes()) + " : " + no.get(0));
      lines.addAll(no.subList(1, no.size()));
      return lines;
    }
    throw new IllegalArgumentException("cannot write over several lines: " + e);
  }

  private static List<String> object(Expr.Obj o) {
    List<String> lines = new ArrayList<>();
    lines.add("{");
    List<String[]> run = new ArrayList<>();
    for (var entry : o.entries().entrySet()) {
      String key = Inline.key(entry.getKey());
      List<String> v = value(entry.getValue());
      if (v.size() == 1) {
        run.add(new String[] {key, v.get(0)});
      } else {
        flushEntries(run, lines);
        lines.add(INDENT + key + " = " + v.get(0));
        v.subList(1, v.size()).forEach(l -> lines.add(INDENT + l));
      }
    }
    flushEntries(run, lines);
    lines.add("}");
    return lines;
  }

  private static void flushEntries(List<String[]> run, List<String> lines) {
    int width = run.stream().mapToInt(p -> p[0].length()).max().orElse(0);
    for (String[] p : run) {
      lines.add(INDENT + p[0] + " ".repeat(width - p[0].length()) + " = " + p[1]);
    }
    run.clear();
  }

  private static List<String> tuple(Expr.Tuple t) {
    List<String> lines = new ArrayList<>();
    lines.add("[");
    for (Expr item : t.items()) {
      List<String> v = value(item);
      for (int k = 0; k < v.size(); k++) {
        lines.add(INDENT + v.get(k) + (k == v.size() - 1 ? "," : ""));
      }
    }
    lines.add("]");
    return lines;
  }

  private static List<String> call(Expr.Call c) {
    List<Expr> args = c.args();
    List<String> head = new ArrayList<>();
    for (Expr a : args.subList(0, args.size() - 1)) {
      head.add(Inline.of(a));
    }
    List<String> lines = new ArrayList<>();
    if (!head.contains(null)) {
      List<String> last = value(args.get(args.size() - 1));
      String prefix = c.function() + "(" + String.join(", ", head) + (head.isEmpty() ? "" : ", ");
      lines.add(prefix + last.get(0));
      lines.addAll(last.subList(1, last.size() - 1));
      lines.add(last.get(last.size() - 1) + ")");
      return lines;
    }
    lines.add(c.function() + "(");
    for (Expr a : args) {
      List<String> v = value(a);
      for (int k = 0; k < v.size(); k++) {
        lines.add(INDENT + v.get(k) + (k == v.size() - 1 ? "," : ""));
      }
    }
    lines.add(")");
    return lines;
  }

  private static List<String> forLines(Expr.For f) {
    String head = Inline.forHead(f);
    List<String> v = value(f.value());
    List<String> lines = new ArrayList<>();
    lines.add(f.isObject() ? "{" : "[");
    lines.add(INDENT + head + v.get(0));
    v.subList(1, v.size() - 1).forEach(l -> lines.add(INDENT + l));
    String tail = v.get(v.size() - 1);
    if (!(f.filter() instanceof Expr.Null)) {
      tail += " if " + Inline.required(f.filter());
    }
    lines.add(INDENT + tail);
    lines.add(f.isObject() ? "}" : "]");
    return lines;
  }
}
