package io.scalelab.model.component;

/**
 * An Application Load Balancer spreading requests over the healthy instances of what it calls.
 *
 * @param algorithm how targets are picked
 * @param internal whether the load balancer is internal (no internet-facing listener)
 */
public record LoadBalancer(Basics basics, Algorithm algorithm, boolean internal)
    implements Component {

  @Override
  public ComponentType type() {
    return ComponentType.LOAD_BALANCER;
  }

  /** ALB target-group routing algorithms; round robin is the ALB default. */
  public enum Algorithm implements Choice {
    ROUND_ROBIN,
    LEAST_OUTSTANDING_REQUESTS
  }
}
