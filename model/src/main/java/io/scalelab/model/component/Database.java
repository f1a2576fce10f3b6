package io.scalelab.model.component;

import io.scalelab.model.distribution.Distribution;
import io.scalelab.model.region.Region;
import io.scalelab.model.unit.DataSize;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A relational database: RDS PostgreSQL or MySQL, Aurora, or (with a {@code host}) PostgreSQL/MySQL
 * in a container on a service's instance. Writes go to the primary; reads go to the read replicas
 * where there are any, unless {@code readsFrom} says primary.
 *
 * @param engine the engine
 * @param instanceClass RDS instance class, e.g. {@code db.r6g.large}; empty when {@code host} is
 *     set
 * @param multiAz none; a Multi-AZ DB instance (one standby); or a Multi-AZ DB cluster (two readable
 *     standbys, faster failover)
 * @param readReplicas the read replicas, each in this region or another (cross-region)
 * @param connectionLimit most connections at once; empty for the engine's default for the class
 * @param storage allocated storage
 * @param readsFrom where reads go
 * @param readTime service time of one read query
 * @param writeTime service time of one write (commit)
 * @param failoverTime overrides the engine's cited failover time
 * @param backupInterval time between backups: what is lost when an unreplicated primary dies
 * @param host the id of an EC2 service on whose instance the database runs (self-managed)
 */
public record Database(
    Basics basics,
    Engine engine,
    Optional<String> instanceClass,
    MultiAz multiAz,
    List<ReadReplica> readReplicas,
    Optional<Integer> connectionLimit,
    DataSize storage,
    ReadsFrom readsFrom,
    Distribution readTime,
    Distribution writeTime,
    Optional<Duration> failoverTime,
    Optional<Duration> backupInterval,
    Optional<String> host)
    implements Component {

  /** Default storage: 100 GiB, an assumption for a young product's data. */
  public static final DataSize DEFAULT_STORAGE = DataSize.ofGibibytes(100);

  /**
   * Default read time: exponential, mean 2 ms — an assumption for an indexed point read served from
   * the buffer cache.
   */
  public static final Distribution DEFAULT_READ_TIME =
      new Distribution.Exponential(Duration.ofMillis(2));

  /**
   * Default write time: exponential, mean 5 ms — an assumption for a single-row commit with a
   * synchronous WAL flush to EBS gp3 (single-digit-millisecond latency, Amazon EBS User Guide).
   */
  public static final Distribution DEFAULT_WRITE_TIME =
      new Distribution.Exponential(Duration.ofMillis(5));

  /** Most read replicas of an RDS for PostgreSQL/MySQL instance (RDS User Guide, "Quotas"). */
  public static final int MAX_READ_REPLICAS = 15;

  public Database {
    instanceClass.ifPresent(
        c -> {
          if (!c.startsWith("db.")) {
            throw new IllegalArgumentException("instanceClass must start with 'db.': " + c);
          }
        });
    if (instanceClass.isPresent() == host.isPresent()) {
      throw new IllegalArgumentException("a database has an instanceClass or a host, not both");
    }
    readReplicas = List.copyOf(readReplicas);
    Checks.inRange("readReplicas", readReplicas.size(), 0, MAX_READ_REPLICAS);
    connectionLimit.ifPresent(c -> Checks.atLeast("connectionLimit", c, 1));
    failoverTime.ifPresent(t -> Checks.positive("failoverTime", t));
    backupInterval.ifPresent(t -> Checks.positive("backupInterval", t));
  }

  @Override
  public ComponentType type() {
    return ComponentType.DATABASE;
  }

  /** Relational engines. */
  public enum Engine implements Choice {
    POSTGRES,
    MYSQL,
    AURORA_POSTGRESQL,
    AURORA_MYSQL;

    /** Whether this is an Aurora engine (cluster storage, ~30 s failover). */
    public boolean isAurora() {
      return this == AURORA_POSTGRESQL || this == AURORA_MYSQL;
    }
  }

  /**
   * RDS high availability: none, a Multi-AZ DB instance (written {@code true} in design files), or
   * a Multi-AZ DB cluster.
   */
  public enum MultiAz implements Choice {
    NONE,
    INSTANCE,
    CLUSTER;

    /** Whether a standby takes over on a primary failure. */
    public boolean enabled() {
      return this != NONE;
    }
  }

  /** Where reads are served. */
  public enum ReadsFrom implements Choice {
    REPLICAS,
    PRIMARY
  }

  /**
   * One read replica.
   *
   * @param region its region; another region than the primary's makes it cross-region
   * @param instanceClass its class; empty for the primary's
   */
  public record ReadReplica(Region region, Optional<String> instanceClass) {}
}
