package io.scalelab.model.component;

import io.scalelab.model.unit.Rate;

/**
 * Amazon API Gateway with token-bucket throttling.
 *
 * @param throttleRate steady-state requests per second
 * @param throttleBurst bucket size in requests
 */
public record ApiGateway(Basics basics, Rate throttleRate, int throttleBurst) implements Component {

  /**
   * Default steady rate: 10,000 requests/s, and burst: 5,000 requests — the account-level throttle
   * quotas per region (API Gateway Developer Guide, "Amazon API Gateway quotas").
   */
  public static final Rate DEFAULT_THROTTLE_RATE = Rate.perSecond(10_000);

  /** See {@link #DEFAULT_THROTTLE_RATE}. */
  public static final int DEFAULT_THROTTLE_BURST = 5_000;

  public ApiGateway {
    Checks.atLeast("throttleBurst", throttleBurst, 1);
  }

  @Override
  public ComponentType type() {
    return ComponentType.API_GATEWAY;
  }
}
