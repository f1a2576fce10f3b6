package io.scalelab.model.component;

/**
 * An SNS topic: every message is delivered to each subscriber (each outgoing connection).
 *
 * @param ordering standard or FIFO
 */
public record Topic(Basics basics, Queue.Ordering ordering) implements Component {

  @Override
  public ComponentType type() {
    return ComponentType.TOPIC;
  }
}
