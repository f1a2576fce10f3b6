package io.scalelab.model.component;

import java.util.Optional;

/**
 * Where users come from. The origin's region stands for where its users are (users in India reach
 * AWS nearest {@code ap-south-1}); its share of the workload's users and, optionally, its own
 * request rate and read share say how many there are and how they behave.
 *
 * @param share share of the workload's users at this origin, in (0, 1]; empty splits what the other
 *     origins leave equally
 * @param requestsPerUserPerSecond overrides the workload's rate for these users
 * @param readShare overrides the workload's read share for these users
 */
public record UserOrigin(
    Basics basics,
    Optional<Double> share,
    Optional<Double> requestsPerUserPerSecond,
    Optional<Double> readShare)
    implements Component {

  public UserOrigin {
    share.ifPresent(s -> Checks.inRange("share", s, Double.MIN_VALUE, 1));
    requestsPerUserPerSecond.ifPresent(r -> Checks.inRange("requestsPerUserPerSecond", r, 0, 1e9));
    readShare.ifPresent(r -> Checks.inRange("readShare", r, 0, 1));
  }

  /** An origin with all its users' behaviour taken from the workload. */
  public static UserOrigin of(Basics basics) {
    return new UserOrigin(basics, Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Override
  public ComponentType type() {
    return ComponentType.USERS;
  }
}
