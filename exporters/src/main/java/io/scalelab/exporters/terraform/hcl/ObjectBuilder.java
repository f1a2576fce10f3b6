package io.scalelab.exporters.terraform.hcl;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds an {@link Expr.Obj} entry by entry, keeping the order given. */
public final class ObjectBuilder {

  private final Map<String, Expr> entries = new LinkedHashMap<>();

  /** An empty object. */
  public static ObjectBuilder object() {
    return new ObjectBuilder();
  }

  /** Adds {@code key = value}; a key given twice is a programming error. */
  public ObjectBuilder put(String key, Expr value) {
    if (entries.putIfAbsent(key, value) != null) {
      throw new IllegalArgumentException("object key given twice: " + key);
    }
    return this;
  }

  /** Adds {@code key = "value"}. */
  public ObjectBuilder put(String key, String value) {
    return put(key, Expr.str(value));
  }

  /** Adds {@code key = number}. */
  public ObjectBuilder put(String key, long value) {
    return put(key, Expr.num(value));
  }

  /** Adds {@code key = true|false}. */
  public ObjectBuilder put(String key, boolean value) {
    return put(key, Expr.bool(value));
  }

  /** The object expression. */
  public Expr build() {
    return new Expr.Obj(entries);
  }
}
