package io.scalelab.simulation.result;

import com.fasterxml.jackson.annotation.JsonValue;
import io.scalelab.model.component.Choice;

/** What a cost is for; {@link #fileName()} is its name in reports ({@code data-transfer}). */
public enum CostKind implements Choice {
  /** Instances, nodes, functions' GB-seconds, clusters. */
  COMPUTE,
  /** Volumes, database and object storage. */
  STORAGE,
  /** Bytes to the internet, to other regions and across zones, CloudFront and NAT bytes. */
  DATA_TRANSFER,
  /** Per-request charges: API calls, queue and topic requests, DNS queries, capacity units. */
  REQUESTS,
  /**
   * Standing network services: load balancers, NAT gateways, hosted zones, health checks, web ACLs.
   */
  NETWORKING;

  /** Its name in reports and result files, as the keys of {@code byKind}. */
  @JsonValue
  @Override
  public String fileName() {
    return Choice.super.fileName();
  }
}
