package io.scalelab.model.file;

import io.scalelab.model.fault.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Reads one fault of the timeline; each type names the fields it needs and refuses the others. */
final class FaultReader {

  private final ReadContext ctx;

  FaultReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  Optional<Fault> read(Fields.Element e) {
    return Fields.open(ctx, e.node(), e.pointer(), Vocabulary.FAULT, "a fault {type, at, ...}")
        .flatMap(this::read);
  }

  private Optional<Fault> read(Fields f) {
    Optional<String> type =
        f.required(
            "type",
            Kind.byName(Fault.TYPES, s -> s),
            "the fault type: " + String.join(", ", Fault.TYPES));
    Optional<Duration> at = f.required("at", Kind.duration(), "when the fault starts, like 10m");
    if (type.isEmpty()) {
      return Optional.empty();
    }
    List<String> uses =
        switch (type.get()) {
          case "instance-crash" -> List.of("component", "duration");
          case "az-outage" -> List.of("zone", "duration");
          case "region-outage" -> List.of("region", "duration");
          case "cache-flush" -> List.of("component");
          case "replica-lag-spike" -> List.of("component", "duration", "extraLag");
          case "dependency-slowdown" -> List.of("component", "duration", "multiplier");
          default -> throw new AssertionError(type.get());
        };
    for (String field :
        List.of("component", "zone", "region", "duration", "extraLag", "multiplier")) {
      if (f.has(field) && !uses.contains(field)) {
        f.notAllowed(
            field,
            "for a " + type.get() + " fault (it uses: type, at, " + String.join(", ", uses) + ")");
      }
    }
    Kind<String> ref = Kind.matching(ComponentReader.ID, "a component id");
    Optional<String> component =
        uses.contains("component")
            ? f.required("component", ref, "the id of the component it hits")
            : Optional.empty();
    boolean durationRequired = uses.contains("duration") && !type.get().equals("instance-crash");
    Optional<Duration> duration =
        durationRequired
            ? f.required("duration", Kind.positiveDuration(), "how long it lasts, like 5m")
            : f.optional("duration", Kind.positiveDuration());
    if (at.isEmpty() || (durationRequired && duration.isEmpty())) {
      return Optional.empty();
    }
    Duration start = at.get();
    return switch (type.get()) {
      case "instance-crash" ->
          component.<Fault>map(c -> new Fault.InstanceCrash(c, start, duration));
      case "az-outage" ->
          f.required("zone", Kind.zone(), "the zone, like us-east-1a")
              .<Fault>map(z -> new Fault.AzOutage(z, start, duration.get()));
      case "region-outage" ->
          f.required("region", Kind.region(), "the region, like us-east-1")
              .<Fault>map(r -> new Fault.RegionOutage(r, start, duration.get()));
      case "cache-flush" -> component.<Fault>map(c -> new Fault.CacheFlush(c, start));
      case "replica-lag-spike" -> {
        Optional<Duration> extra =
            f.required("extraLag", Kind.positiveDuration(), "the extra replica lag, like 30s");
        yield component.flatMap(
            c -> extra.<Fault>map(x -> new Fault.ReplicaLagSpike(c, start, duration.get(), x)));
      }
      case "dependency-slowdown" -> {
        Optional<Double> mult =
            f.required(
                "multiplier",
                Kind.number(Double.MIN_VALUE, 1000, "a service-time multiplier above 0, like 3"),
                "the service-time multiplier, like 3");
        yield component.flatMap(
            c -> mult.<Fault>map(m -> new Fault.DependencySlowdown(c, start, duration.get(), m)));
      }
      default -> throw new AssertionError(type.get());
    };
  }
}
