package io.scalelab.model.file;

import io.scalelab.model.component.Component;
import io.scalelab.model.component.Component.Basics;
import io.scalelab.model.component.Database;
import io.scalelab.model.distribution.Distribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a relational database: RDS/Aurora, or self-managed on a service's {@code host}. */
final class DatabaseReader {

  static final String INSTANCE_CLASS = "db\\.[a-z0-9]+\\.[a-z0-9]+";
  static final String INSTANCE_CLASS_EXPECTED = "an RDS instance class like db.r6g.large";

  /** {@code multiAz}: true or false, or {@code instance} or {@code cluster}. */
  private static final Kind<Database.MultiAz> MULTI_AZ =
      n -> {
        if (n.isBoolean()) {
          return n.booleanValue() ? Database.MultiAz.INSTANCE : Database.MultiAz.NONE;
        }
        if (n.isTextual() && n.textValue().equals("instance")) {
          return Database.MultiAz.INSTANCE;
        }
        if (n.isTextual() && n.textValue().equals("cluster")) {
          return Database.MultiAz.CLUSTER;
        }
        throw new IllegalArgumentException(
            "true, false, instance (a Multi-AZ DB instance, as true) or cluster (a Multi-AZ DB"
                + " cluster)");
      };

  private final ReadContext ctx;

  DatabaseReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  Optional<Component> read(Fields f, Basics b) {
    Optional<Database.Engine> engine =
        f.required(
            "engine",
            Kind.choice(Database.Engine.class),
            "the engine: postgres, mysql, aurora-postgresql or aurora-mysql");
    Optional<String> host =
        f.optional("host", Kind.matching(ComponentReader.ID, ComponentReader.ID_EXPECTED));
    Kind<String> classKind = Kind.matching(INSTANCE_CLASS, INSTANCE_CLASS_EXPECTED);
    Optional<String> instanceClass = Optional.empty();
    Database.MultiAz multiAz = f.get("multiAz", MULTI_AZ, Database.MultiAz.NONE);
    List<Database.ReadReplica> replicas = new ArrayList<>();
    if (host.isPresent()) {
      for (String field :
          List.of("instanceClass", "multiAz", "readReplicas", "failoverTime", "connectionLimit")) {
        if (f.has(field)) {
          f.notAllowed(field, "with host (a database in a container on the host has none)");
        }
      }
      engine
          .filter(Database.Engine::isAurora)
          .ifPresent(
              e ->
                  f.invalid(
                      "engine",
                      "found "
                          + e.fileName()
                          + " with host; expected postgres or mysql (Aurora is managed only)"));
    } else {
      instanceClass =
          f.required("instanceClass", classKind, "the instance class, like db.r6g.large (or host)");
      replicas = readReplicas(f, b, classKind);
    }
    Optional<Integer> connections = f.optional("connectionLimit", Kind.integer(1, 1_000_000));
    var storage = f.get("storage", Kind.dataSize(), Database.DEFAULT_STORAGE);
    var readsFrom =
        f.get("readsFrom", Kind.choice(Database.ReadsFrom.class), Database.ReadsFrom.REPLICAS);
    Distribution readTime =
        DistributionReader.read(f, "readTime").orElse(Database.DEFAULT_READ_TIME);
    Distribution writeTime =
        DistributionReader.read(f, "writeTime").orElse(Database.DEFAULT_WRITE_TIME);
    var failover = f.optional("failoverTime", Kind.positiveDuration());
    var backups = f.optional("backupInterval", Kind.positiveDuration());
    if (engine.isEmpty() || (host.isEmpty() && instanceClass.isEmpty())) {
      return Optional.empty();
    }
    Optional<String> cls = instanceClass;
    List<Database.ReadReplica> rs = replicas;
    return ctx.build(
        f.pointer(),
        () ->
            new Database(
                b,
                engine.get(),
                cls,
                multiAz,
                rs,
                connections,
                storage,
                readsFrom,
                readTime,
                writeTime,
                failover,
                backups,
                host));
  }

  /**
   * {@code readReplicas: 2} (in the primary's region) or a list of {@code {region, instanceClass}}.
   */
  private List<Database.ReadReplica> readReplicas(Fields f, Basics b, Kind<String> classKind) {
    List<Database.ReadReplica> out = new ArrayList<>();
    var raw = f.raw("readReplicas");
    if (raw.isEmpty()) {
      return out;
    }
    if (raw.get().isNumber()) {
      f.optional("readReplicas", Kind.integer(0, Database.MAX_READ_REPLICAS))
          .ifPresent(
              n -> {
                for (int i = 0; i < n; i++) {
                  out.add(new Database.ReadReplica(b.region(), Optional.empty()));
                }
              });
      return out;
    }
    for (Fields.Element e :
        f.list("readReplicas", "read replicas {region, instanceClass}, or a count")) {
      Fields.open(
              ctx,
              e.node(),
              e.pointer(),
              Vocabulary.READ_REPLICA,
              "a read replica {region, instanceClass}")
          .ifPresent(
              r ->
                  out.add(
                      new Database.ReadReplica(
                          r.get("region", Kind.region(), b.region()),
                          r.optional("instanceClass", classKind))));
    }
    if (out.size() > Database.MAX_READ_REPLICAS) {
      f.invalid(
          "readReplicas",
          "found " + out.size() + " replicas; expected at most " + Database.MAX_READ_REPLICAS);
      out.subList(Database.MAX_READ_REPLICAS, out.size()).clear();
    }
    return out;
  }
}
