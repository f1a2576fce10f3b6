package io.scalelab.exporters.terraform.hcl;

import java.util.ArrayList;
import java.util.List;

/** Single-line forms of expressions, with the spacing {@code terraform fmt} gives them. */
final class Inline {

  private Inline() {}

  /** The expression on one line, or {@code null} when it needs several. */
  static String of(Expr e) {
    if (e instanceof Expr.Str s) {
      return quote(s.value());
    }
    if (e instanceof Expr.Num n) {
      return n.value().toPlainString();
    }
    if (e instanceof Expr.Bool b) {
      return Boolean.toString(b.value());
    }
    if (e instanceof Expr.Null) {
      return "null";
    }
    if (e instanceof Expr.Ref r) {
      return r.path();
    }
    if (e instanceof Expr.Index i) {
      return i.base().path() + "[" + required(i.key()) + "]" + i.after();
    }
    if (e instanceof Expr.Template t) {
      return template(t);
    }
    if (e instanceof Expr.Obj o) {
      return o.entries().isEmpty() ? "{}" : null;
    }
    if (e instanceof Expr.Tuple t) {
      return tuple(t);
    }
    if (e instanceof Expr.Call c) {
      List<String> args = all(c.args());
      return args == null ? null : c.function() + "(" + String.join(", ", args) + ")";
    }
    if (e instanceof Expr.Conditional c) {
      String condition = of(c.condition());
      String yes = of(c.yes());
      String no = of(c.no());
      return condition == null || yes == null || no == null
          ? null
          : condition + " ? " + yes + " : " + no;
    }
    if (e instanceof Expr.Binary b) {
      return required(b.left()) + " " + b.operator() + " " + required(b.right());
    }
    if (e instanceof Expr.Expand x) {
      return required(x.list()) + "...";
    }
    if (e instanceof Expr.For f) {
      String value = of(f.value());
      if (value == null) {
        return null;
      }
      String filter = f.filter() instanceof Expr.Null ? "" : " if " + required(f.filter());
      return f.isObject()
          ? "{ " + forHead(f) + value + filter + " }"
          : "[" + forHead(f) + value + filter + "]";
    }
    throw new IllegalArgumentException("unknown expression " + e);
  }

  /** The expression on one line; an expression that needs several here is a programming error. */
  static String required(Expr e) {
    String s = of(e);
    if (s == null) {
      throw new IllegalArgumentException("must fit on one line here: " + e);
    }
    return s;
  }

  /** {@code for k, v in coll : } or {@code for k, v in coll : key => }. */
  static String forHead(Expr.For f) {
    String vars = f.keyVar().isEmpty() ? f.valueVar() : f.keyVar() + ", " + f.valueVar();
    String head = "for " + vars + " in " + required(f.collection()) + " : ";
    return f.isObject() ? head + required(f.key()) + " => " : head;
  }

  /** An object key: bare when it is an identifier, quoted otherwise. */
  static String key(String key) {
    return Expr.IDENTIFIER.matcher(key).matches() ? key : quote(key);
  }

  private static String tuple(Expr.Tuple t) {
    for (Expr item : t.items()) {
      if (item instanceof Expr.Obj o && !o.entries().isEmpty()) {
        return null;
      }
    }
    List<String> items = all(t.items());
    if (items == null) {
      return null;
    }
    String s = "[" + String.join(", ", items) + "]";
    return s.length() <= HclWriter.MAX_INLINE_LIST ? s : null;
  }

  private static List<String> all(List<Expr> exprs) {
    List<String> out = new ArrayList<>();
    for (Expr e : exprs) {
      String s = of(e);
      if (s == null) {
        return null;
      }
      out.add(s);
    }
    return out;
  }

  private static String template(Expr.Template t) {
    StringBuilder sb = new StringBuilder("\"");
    for (Object part : t.parts()) {
      if (part instanceof String text) {
        sb.append(escape(text));
      } else {
        sb.append("${").append(required((Expr) part)).append('}');
      }
    }
    return sb.append('"').toString();
  }

  /** A quoted HCL string. */
  static String quote(String value) {
    return "\"" + escape(value) + "\"";
  }

  /**
   * Escapes text for a quoted HCL string: backslash, quote and control characters, and the
   * template introducers {@code ${} and {@code %{} so they stay literal.
   */
  static String escape(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '$', '%' -> sb.append(c).append(next == '{' ? String.valueOf(c) : "");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
