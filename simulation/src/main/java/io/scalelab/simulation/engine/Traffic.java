package io.scalelab.simulation.engine;

import io.scalelab.model.component.ComponentType;
import io.scalelab.model.component.Service;
import java.util.Arrays;

/**
 * What a replication sent where, for the bill: calls by operation and bytes by the kind of network
 * they crossed, each counted against the component that sent them (AWS bills the sender's side).
 *
 * <p>Every call carries the workload's request payload and its answer the response payload; the
 * answer is counted when the call is sent. Bytes cross:
 *
 * <ul>
 *   <li>the internet: an answer to a user, counted at the first component that is neither Route 53
 *       nor WAF (CloudFront's share is billed at CloudFront's rates), per user origin;
 *   <li>a region boundary: a call and its answer between two regions, and each write a primary
 *       ships to a read replica in another region;
 *   <li>a zone boundary: a call and its answer between two zonal components (EC2 and EKS services,
 *       caches, databases) in different zones of one region. Load balancers are left out, because
 *       an Application Load Balancer's inter-zone traffic is not charged (Elastic Load Balancing
 *       User Guide, "Cross-zone load balancing"), and so is replication inside a Multi-AZ database
 *       and to same-region replicas, which RDS does not charge (Amazon RDS pricing, "Data
 *       transfer").
 * </ul>
 */
final class Traffic {

  final long[] reads;
  final long[] writes;

  /** [station][origin]: answer bytes to the users of each origin. */
  final long[][] internet;

  /** [station]: bytes sent into another zone of the region. */
  final long[] crossAz;

  /** [station][from region][to region]: bytes sent between regions. */
  final long[][][] interRegion;

  private final Model m;
  private final boolean[] zonal;
  private final boolean[] passThrough;
  private final long requestBytes;
  private final long responseBytes;

  Traffic(Model m) {
    this.m = m;
    int n = m.size;
    int regions = m.design.regions().size();
    reads = new long[n];
    writes = new long[n];
    internet = new long[n][m.origins.length];
    crossAz = new long[n];
    interRegion = new long[n][regions][regions];
    zonal = new boolean[n];
    passThrough = new boolean[n];
    for (int s = 0; s < n; s++) {
      var c = m.design.components().get(s);
      zonal[s] =
          switch (c.type()) {
            case SERVICE -> ((Service) c).platform() != Service.Platform.LAMBDA;
            case CACHE, DATABASE -> true;
            default -> false;
          };
      passThrough[s] = c.type() == ComponentType.DNS || c.type() == ComponentType.WAF;
    }
    requestBytes = m.design.workload().payload().request().bytes();
    responseBytes = m.design.workload().payload().response().bytes();
  }

  /** Whether a call arriving at {@code s} from the internet is still on its way in. */
  boolean passesThrough(int s) {
    return passThrough[s];
  }

  void arrived(int s, boolean write) {
    if (write) {
      writes[s]++;
    } else {
      reads[s]++;
    }
  }

  /** A user's call reached {@code s}, which answers it over the internet. */
  void fromUser(int s, int origin) {
    internet[s][origin] += responseBytes;
  }

  /**
   * A call between two AWS components: from {@code from}, running in region index {@code
   * fromRegion}, to {@code to} in {@code toRegion}; {@code crossZones} when the hop crosses zones.
   */
  void call(int from, int fromRegion, int to, int toRegion, boolean crossZones) {
    if (fromRegion < 0 || toRegion < 0 || m.region[from] < 0 || m.region[to] < 0) {
      return; // to or from an edge location
    }
    if (fromRegion != toRegion) {
      interRegion[from][fromRegion][toRegion] += requestBytes;
      interRegion[to][toRegion][fromRegion] += responseBytes;
    } else if (crossZones && zonal[from] && zonal[to]) {
      crossAz[from] += requestBytes;
      crossAz[to] += responseBytes;
    }
  }

  /** Database {@code s} shipped a write from its primary's region to a replica's. */
  void replicated(int s, int fromRegion, int toRegion) {
    if (fromRegion != toRegion) {
      interRegion[s][fromRegion][toRegion] += requestBytes;
    }
  }

  void reset() {
    Arrays.fill(reads, 0);
    Arrays.fill(writes, 0);
    Arrays.fill(crossAz, 0);
    for (long[] row : internet) {
      Arrays.fill(row, 0);
    }
    for (long[][] plane : interRegion) {
      for (long[] row : plane) {
        Arrays.fill(row, 0);
      }
    }
  }
}
