package io.scalelab.exporters.terraform.hcl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HCL expression. Each kind checks its own syntax when built (an identifier is an identifier, a
 * reference is a traversal), so a rendered file cannot hold a malformed expression.
 */
public sealed interface Expr {

  /** HCL identifiers: attribute names, function names, block types, object keys written bare. */
  Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /** A quoted string; escaping happens when it is written. */
  record Str(String value) implements Expr {}

  /** A number, written as plain decimal (no exponent). */
  record Num(BigDecimal value) implements Expr {}

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Expr {}

  /** {@code null}: leaves an optional argument unset. */
  record Null() implements Expr {}

  /**
   * A traversal: {@code var.name}, {@code aws_vpc.this.id}, {@code
   * aws_subnet.private[each.key].id}, {@code aws_lb.this[*].arn}.
   */
  record Ref(String path) implements Expr {
    private static final Pattern STEP = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern INDEX =
        Pattern.compile("\\[(\\*|[0-9]+|\"[^\"\\\\$%]*\"|[A-Za-z_][A-Za-z0-9_.-]*)]");
    private static final Pattern PATH =
        Pattern.compile(STEP + "(" + INDEX + ")*(\\." + STEP + "(" + INDEX + ")*)*");

    public Ref {
      if (!PATH.matcher(path).matches()) {
        throw new IllegalArgumentException("not an HCL traversal: " + path);
      }
    }
  }

  /**
   * An index with a computed key followed by attribute steps: {@code
   * aws_lb_target_group.this["${lb}/${each.key}"].arn}.
   *
   * @param base the collection
   * @param key the key expression (single-line)
   * @param after attribute steps after the index, like {@code .arn}; may be empty
   */
  record Index(Ref base, Expr key, String after) implements Expr {
    private static final Pattern AFTER =
        Pattern.compile("(\\.[A-Za-z_][A-Za-z0-9_-]*|\\[[0-9]+])*");

    public Index {
      if (!AFTER.matcher(after).matches()) {
        throw new IllegalArgumentException("not attribute steps: " + after);
      }
    }
  }

  /** A function call such as {@code cidrsubnet(var.vpc_cidr, 8, each.value)}. */
  record Call(String function, List<Expr> args) implements Expr {
    public Call {
      identifier(function);
      args = List.copyOf(args);
    }
  }

  /** A list (tuple) expression {@code [a, b]}. */
  record Tuple(List<Expr> items) implements Expr {
    public Tuple {
      items = List.copyOf(items);
    }
  }

  /**
   * An object expression {@code { key = value }}; keys that are not identifiers are quoted. Order
   * is kept as given.
   */
  record Obj(Map<String, Expr> entries) implements Expr {
    public Obj {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  /**
   * A string template: literal text and interpolated expressions, {@code "${var.name}-web"}. Each
   * part is a {@link String} (literal, escaped when written) or an {@link Expr} (interpolated).
   */
  record Template(List<Object> parts) implements Expr {
    public Template {
      for (Object p : parts) {
        if (!(p instanceof String) && !(p instanceof Expr)) {
          throw new IllegalArgumentException("template part must be text or Expr: " + p);
        }
      }
      parts = List.copyOf(parts);
    }
  }

  /** {@code condition ? yes : no}. */
  record Conditional(Expr condition, Expr yes, Expr no) implements Expr {}

  /** A binary operation such as {@code a == b}, {@code a + 1}, {@code a && b}. */
  record Binary(Expr left, String operator, Expr right) implements Expr {
    private static final Set<String> OPERATORS =
        Set.of("==", "!=", "<", ">", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%");

    public Binary {
      if (!OPERATORS.contains(operator)) {
        throw new IllegalArgumentException("not an HCL operator: " + operator);
      }
    }
  }

  /** {@code expression...}: expands a list into function arguments (last argument only). */
  record Expand(Expr list) implements Expr {}

  /**
   * A {@code for} expression: {@code [for v in coll : value if cond]} when {@code key} is absent,
   * {@code {for k, v in coll : key => value}} when it is present.
   *
   * @param keyVar the key or index variable; empty string for none
   * @param valueVar the value variable
   * @param collection what is iterated
   * @param key the object key expression; {@code null}-free: use {@link #list} or {@link #object}
   * @param value the element or value expression
   * @param filter an {@code if} clause; {@link Null} for none
   */
  record For(String keyVar, String valueVar, Expr collection, Expr key, Expr value, Expr filter)
      implements Expr {
    public For {
      if (!keyVar.isEmpty()) {
        identifier(keyVar);
      }
      identifier(valueVar);
    }

    /** Whether this builds an object ({@code {for ...}}) rather than a list. */
    public boolean isObject() {
      return !(key instanceof Null);
    }
  }

  // --- factories --------------------------------------------------------------------------

  /** A quoted string. */
  static Expr str(String value) {
    return new Str(value);
  }

  /** A whole number. */
  static Expr num(long value) {
    return new Num(BigDecimal.valueOf(value));
  }

  /** A number; must be finite. */
  static Expr num(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("HCL numbers are finite: " + value);
    }
    return new Num(BigDecimal.valueOf(value).stripTrailingZeros());
  }

  /** {@code true} or {@code false}. */
  static Expr bool(boolean value) {
    return new Bool(value);
  }

  /** {@code null}. */
  static Expr nil() {
    return new Null();
  }

  /** A traversal such as {@code var.name}. */
  static Expr ref(String path) {
    return new Ref(path);
  }

  /** {@code base[key]after}, e.g. {@code at("aws_lb.this", template(...), ".arn")}. */
  static Expr at(String base, Expr key, String after) {
    return new Index(new Ref(base), key, after);
  }

  /** A function call. */
  static Expr call(String function, Expr... args) {
    return new Call(function, Arrays.asList(args));
  }

  /** A list of expressions. */
  static Expr list(List<? extends Expr> items) {
    return new Tuple(new ArrayList<>(items));
  }

  /** A list of expressions. */
  static Expr list(Expr... items) {
    return new Tuple(Arrays.asList(items));
  }

  /** A list of quoted strings. */
  static Expr strings(List<String> values) {
    return new Tuple(values.stream().map(Expr::str).toList());
  }

  /** A template of text and interpolated expressions. */
  static Expr template(Object... parts) {
    return new Template(Arrays.asList(parts));
  }

  /** {@code condition ? yes : no}. */
  static Expr cond(Expr condition, Expr yes, Expr no) {
    return new Conditional(condition, yes, no);
  }

  /** A binary operation. */
  static Expr op(Expr left, String operator, Expr right) {
    return new Binary(left, operator, right);
  }

  /** {@code [for v in collection : value]}. */
  static Expr forList(String valueVar, Expr collection, Expr value) {
    return new For("", valueVar, collection, nil(), value, nil());
  }

  /** {@code {for k, v in collection : key => value}}. */
  static Expr forObject(String keyVar, String valueVar, Expr collection, Expr key, Expr value) {
    return new For(keyVar, valueVar, collection, key, value, nil());
  }

  /** {@code {for k, v in collection : key => value if filter}}. */
  static Expr forObject(
      String keyVar, String valueVar, Expr collection, Expr key, Expr value, Expr filter) {
    return new For(keyVar, valueVar, collection, key, value, filter);
  }

  /** Checks that {@code name} is an HCL identifier and returns it. */
  static String identifier(String name) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("not an HCL identifier: " + name);
    }
    return name;
  }
}
