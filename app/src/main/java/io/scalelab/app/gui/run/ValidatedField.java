package io.scalelab.app.gui.run;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A text field's state: the text as typed, the value it reads as, and the message saying why it
 * does not read (empty when it does). Validated on every change, so the view shows the message next
 * to the field while the user types.
 *
 * @param <T> the value's type
 */
public final class ValidatedField<T> {

  /** Reads text as a value, or says in one line what is wrong with it. */
  @FunctionalInterface
  public interface Parser<T> {
    /**
     * The value of {@code text}.
     *
     * @throws IllegalArgumentException with a one-line message naming what was expected
     */
    T parse(String text);
  }

  private final String name;
  private final Parser<T> parser;
  private final Function<T, String> formatter;
  private final StringProperty text = new SimpleStringProperty(this, "text", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private Optional<T> value = Optional.empty();

  /**
   * A field named {@code name} (as messages say it), starting at {@code initial}.
   *
   * @param formatter writes a value back as text
   */
  public ValidatedField(String name, T initial, Parser<T> parser, Function<T, String> formatter) {
    this.name = name;
    this.parser = parser;
    this.formatter = formatter;
    text.addListener((obs, was, now) -> validate(now));
    text.set(formatter.apply(initial));
  }

  private void validate(String now) {
    try {
      value = Optional.of(parser.parse(now.strip()));
      error.set("");
    } catch (IllegalArgumentException e) {
      value = Optional.empty();
      error.set(name + ": " + e.getMessage());
    }
  }

  /** The text as typed. */
  public StringProperty text() {
    return text;
  }

  /** Why the text does not read, naming the field; empty when it does. */
  public ReadOnlyStringProperty error() {
    return error.getReadOnlyProperty();
  }

  /** The value the text reads as; empty while it does not read. */
  public Optional<T> value() {
    return value;
  }

  /** Sets the text to {@code v} written out. */
  public void set(T v) {
    text.set(formatter.apply(v));
  }

  /** The field's name, as messages say it. */
  public String name() {
    return name;
  }
}
