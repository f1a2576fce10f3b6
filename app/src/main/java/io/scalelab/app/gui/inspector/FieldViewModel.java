package io.scalelab.app.gui.inspector;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of the inspector: the text the user edits, the value the design holds, and the reader's
 * message when the text would make the design invalid.
 */
public final class FieldViewModel {

  private final FieldSpec spec;
  private final StringProperty text = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper draft = new ReadOnlyBooleanWrapper(false);
  private String applied = "";

  FieldViewModel(FieldSpec spec) {
    this.spec = spec;
    text.addListener((obs, old, now) -> draft.set(!now.equals(applied)));
  }

  public FieldSpec spec() {
    return spec;
  }

  /** What the field shows and the user types: a value as a design file writes it. */
  public StringProperty text() {
    return text;
  }

  /** The reader's message for this field's draft; empty when it is fine. */
  public ReadOnlyStringProperty message() {
    return message.getReadOnlyProperty();
  }

  /** Whether the text differs from the design's value (typed, not yet applied). */
  public ReadOnlyBooleanProperty draft() {
    return draft.getReadOnlyProperty();
  }

  /** The design's value, as the field would show it. */
  String applied() {
    return applied;
  }

  /** Shows the design's value, dropping a draft when {@code keepDraft} is false. */
  void load(String value, boolean keepDraft) {
    boolean wasDraft = draft.get();
    applied = value;
    if (!(keepDraft && wasDraft)) {
      text.set(value);
      message.set("");
    }
    draft.set(!text.get().equals(applied));
  }

  void setMessage(String m) {
    message.set(m);
  }
}
