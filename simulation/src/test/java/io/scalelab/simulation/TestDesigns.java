package io.scalelab.simulation;

import io.scalelab.model.Design;
import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;

/** Small designs for the closed-form tests, written as design files so they read like the docs. */
final class TestDesigns {

  private TestDesigns() {}

  /**
   * Users calling one service: {@code rate} requests per second, {@code servers} servers (one
   * instance), the given service-time distribution, and a queue long enough never to refuse.
   */
  static Design singleStation(double rate, int servers, String serviceTime) {
    return parse(
        """
        scalelab: 1
        name: single-station
        regions: [us-east-1]
        workload: {users: 1000, requestsPerUserPerSecond: %s}
        components:
          - {id: users, type: users, region: us-east-1}
          - id: api
            type: service
            platform: ec2
            region: us-east-1
            zones: [us-east-1a]
            instances: 1
            concurrencyPerInstance: %d
            queueCapacityPerInstance: 10000000
            serviceTime: %s
        connections:
          - {from: users, to: api}
        """
            .formatted(rate / 1000, servers, serviceTime));
  }

  static Design parse(String yaml) {
    try {
      return Designs.parse(yaml, "test.yaml", false);
    } catch (DesignException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
