package io.scalelab.exporters.kubernetes;

import io.scalelab.model.Design;
import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;

/** Small designs for the export's edge cases, written as design files and parsed. */
final class TestDesigns {

  private TestDesigns() {}

  /**
   * A design named {@code name} in us-east-1: an internet-facing load balancer {@code lb} in front
   * of EKS service {@code a} ({@code scalingOfA} is its scaling line), which calls EKS service
   * {@code b} (2 fixed pods, timeout 5 s) and reads database {@code db} (a replica in the region).
   */
  static Design twoServices(String name, String scalingOfA) {
    return parse(
        """
        scalelab: 1
        name: %s
        regions: [us-east-1]
        workload: {users: 1000, requestsPerUserPerSecond: 0.1}
        components:
          - {id: users, type: users, region: us-east-1}
          - {id: lb, type: load-balancer, region: us-east-1}
          - id: a
            type: service
            platform: eks
            region: us-east-1
            %s
            cpu: 0.25
            memory: 256MiB
            serviceTime: {distribution: exponential, mean: 20ms}
          - id: b
            type: service
            platform: eks
            region: us-east-1
            instances: 2
            timeout: 5s
            serviceTime: {distribution: exponential, mean: 10ms}
          - id: db
            type: database
            region: us-east-1
            engine: postgres
            instanceClass: db.r6g.large
            readReplicas: [{region: us-east-1}]
        connections:
          - {from: users, to: lb}
          - {from: lb, to: a}
          - {from: a, to: b}
          - {from: a, to: db, operation: read}
        """
            .formatted(name, scalingOfA));
  }

  /** Parses a design file's text. */
  static Design parse(String text) {
    try {
      return Designs.parse(text, "test design", false);
    } catch (DesignException e) {
      throw new IllegalArgumentException("test design does not parse: " + e.getMessage(), e);
    }
  }
}
