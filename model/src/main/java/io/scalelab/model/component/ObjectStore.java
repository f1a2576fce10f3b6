package io.scalelab.model.component;

/**
 * An S3 bucket; always private and encrypted, optionally versioned.
 *
 * @param versioning whether object versions are kept
 */
public record ObjectStore(Basics basics, boolean versioning) implements Component {

  @Override
  public ComponentType type() {
    return ComponentType.OBJECT_STORE;
  }
}
