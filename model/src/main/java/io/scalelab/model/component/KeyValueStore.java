package io.scalelab.model.component;

import io.scalelab.model.unit.DataSize;
import java.util.Optional;

/**
 * A DynamoDB table, optionally with a DAX cluster in front.
 *
 * @param capacity on-demand or provisioned
 * @param readCapacity provisioned read capacity units (RCU); empty for on-demand
 * @param writeCapacity provisioned write capacity units (WCU); empty for on-demand
 * @param itemSize typical item size (one RCU reads 4 KB strongly consistent, one WCU writes 1 KB)
 * @param dax the DAX cluster, if any
 */
public record KeyValueStore(
    Basics basics,
    CapacityMode capacity,
    Optional<Integer> readCapacity,
    Optional<Integer> writeCapacity,
    DataSize itemSize,
    Optional<Dax> dax)
    implements Component {

  /** Default item size: 1 KiB, an assumption; one WCU covers an item up to 1 KB. */
  public static final DataSize DEFAULT_ITEM_SIZE = DataSize.ofKibibytes(1);

  public KeyValueStore {
    boolean provisioned = capacity == CapacityMode.PROVISIONED;
    if (readCapacity.isPresent() != provisioned || writeCapacity.isPresent() != provisioned) {
      throw new IllegalArgumentException("read/write capacity go with provisioned mode only");
    }
    readCapacity.ifPresent(c -> Checks.atLeast("readCapacity", c, 1));
    writeCapacity.ifPresent(c -> Checks.atLeast("writeCapacity", c, 1));
  }

  @Override
  public ComponentType type() {
    return ComponentType.KEY_VALUE;
  }

  /** DynamoDB capacity modes. */
  public enum CapacityMode implements Choice {
    ON_DEMAND,
    PROVISIONED
  }

  /**
   * A DAX cluster.
   *
   * @param nodeType DAX node type, e.g. {@code dax.r5.large}
   * @param nodes nodes, 1–11 (DAX Developer Guide, "Quotas")
   */
  public record Dax(String nodeType, int nodes) {
    public Dax {
      if (!nodeType.startsWith("dax.")) {
        throw new IllegalArgumentException("nodeType must start with 'dax.': " + nodeType);
      }
      Checks.inRange("nodes", nodes, 1, 11);
    }
  }
}
