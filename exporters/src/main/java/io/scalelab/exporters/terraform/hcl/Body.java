package io.scalelab.exporters.terraform.hcl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The inside of a file or a block: attributes, nested blocks and comments, in order.
 *
 * @param items the body's items
 */
public record Body(List<Body.Item> items) {

  public Body {
    items = List.copyOf(items);
  }

  /** One thing in a body. */
  public sealed interface Item {}

  /** {@code name = value}. */
  public record Attribute(String name, Expr value) implements Item {
    public Attribute {
      Expr.identifier(name);
    }
  }

  /**
   * {@code type "label" ... { body }}.
   *
   * @param type the block type, e.g. {@code resource}, {@code ingress}
   * @param labels the quoted labels, e.g. {@code aws_vpc}, {@code this}
   * @param body what is inside
   */
  public record Block(String type, List<String> labels, Body body) implements Item {
    public Block {
      Expr.identifier(type);
      labels = List.copyOf(labels);
      for (String l : labels) {
        if (l.isEmpty() || l.chars().anyMatch(c -> c == '"' || c == '\\' || c < ' ')) {
          throw new IllegalArgumentException("not a plain block label: " + l);
        }
      }
    }
  }

  /**
   * A {@code #} line comment. A comment directly before an attribute or block belongs to it and is
   * kept on the line above it; text with line breaks becomes several comment lines.
   */
  public record Comment(String text) implements Item {}

  /** An empty line that separates groups of attributes. */
  public record Gap() implements Item {}

  /** A builder of bodies. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects a body's items in order. */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();

    private Builder() {}

    /** Adds {@code name = value}. */
    public Builder attr(String name, Expr value) {
      items.add(new Attribute(name, value));
      return this;
    }

    /** Adds {@code name = "value"}. */
    public Builder attr(String name, String value) {
      return attr(name, Expr.str(value));
    }

    /** Adds {@code name = value} for a whole number. */
    public Builder attr(String name, long value) {
      return attr(name, Expr.num(value));
    }

    /** Adds {@code name = true|false}. */
    public Builder attr(String name, boolean value) {
      return attr(name, Expr.bool(value));
    }

    /** Adds {@code name = reference}, e.g. {@code attrRef("vpc_id", "aws_vpc.this.id")}. */
    public Builder ref(String name, String path) {
      return attr(name, Expr.ref(path));
    }

    /** Adds a nested block whose body {@code inside} fills. */
    public Builder block(String type, List<String> labels, Consumer<Builder> inside) {
      Builder b = new Builder();
      inside.accept(b);
      items.add(new Block(type, labels, b.build()));
      return this;
    }

    /** Adds a nested block without labels. */
    public Builder block(String type, Consumer<Builder> inside) {
      return block(type, List.of(), inside);
    }

    /** Adds a block with labels, e.g. {@code block2("resource", "aws_vpc", "this", ...)}. */
    public Builder labelled(String type, String first, String second, Consumer<Builder> inside) {
      return block(type, Arrays.asList(first, second), inside);
    }

    /** Adds an already built item. */
    public Builder add(Item item) {
      items.add(item);
      return this;
    }

    /** Adds every item of {@code other}. */
    public Builder addAll(Body other) {
      items.addAll(other.items());
      return this;
    }

    /** Adds a comment line (or lines). */
    public Builder comment(String text) {
      items.add(new Comment(text));
      return this;
    }

    /** Adds an empty line. */
    public Builder gap() {
      items.add(new Gap());
      return this;
    }

    /** Whether nothing was added yet. */
    public boolean isEmpty() {
      return items.isEmpty();
    }

    /** The body. */
    public Body build() {
      return new Body(items);
    }
  }
}
