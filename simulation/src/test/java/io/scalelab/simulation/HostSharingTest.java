package io.scalelab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.model.Design;
import io.scalelab.simulation.result.ComponentResult;
import io.scalelab.simulation.result.ResultFiles;
import io.scalelab.simulation.result.SimulationResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An app and its database on one EC2 instance ({@code host}) share its CPU: each request visits the
 * box twice, once for the app's service and once for the query, in one FIFO queue. The results are
 * held to closed forms derived here (see each test), not to earlier simulation output.
 */
class HostSharingTest {

  /** About a million requests per case, in four replications on two threads. */
  private static final SimulationOptions OPTIONS =
      SimulationOptions.defaults()
          .withDuration(Duration.ofMinutes(10), Duration.ofSeconds(20))
          .withReplications(4, 2);

  /**
   * One server (c = 1), app service exponential with mean a, query exponential with mean b, λ
   * requests per second, every request one synchronous query, network between them ≈ 0 (1 µs).
   *
   * <p>Derivation (exact for FIFO, one server). The waiting time of a call is the work in the box
   * when it arrives. The time-average work is, whatever the arrival process (H = λG, Brumelle
   * 1971), E[V] = Σ_k λ_k (E[S_k] W_k + E[S_k²]/2), each call contributing its whole service while
   * it waits and half of it, on average, while served; with exponential services E[S²]/2 = mean².
   * App calls arrive as a Poisson stream, so they see the time average (PASTA): W_A = E[V] = λ(a
   * W_A + a²) + λ(b W_B + b²). A query arrives when its app call leaves; everything ahead of the
   * app call has gone, so it finds exactly the work that arrived during the app call's sojourn T_A
   * = W_A + a: the Poisson app arrivals in it (λ a T_A on average, independent of T_A since later
   * arrivals do not change it) and one query per app call that was in the box when it arrived (λ
   * T_A of them by PASTA and Little, b each). Hence W_B = λ(a + b) T_A = ρ T_A, and
   *
   * <p>W_A = λ(a² + b² + ρ a b) / (1 − λ a − λ b ρ), with ρ = λ(a + b).
   *
   * <p>For a = b this is ρa / (1 − ρ), the M/M/1 wait at the total load, as it must be (next test).
   * The naive Pollaczek–Khinchine wait with a Poisson merged stream, λ(a² + b²) / (1 − ρ), differs
   * by 25% here, so the check tells the shared queue from independent arrivals.
   */
  @Test
  void appAndDatabaseOnOneCoreMatchTheExactSharedFifoWaits() throws Exception {
    double a = 0.5; // ms
    double b = 1.5; // ms
    double lambda = 0.375; // per ms: 375 requests per second
    SimulationResult r = Simulator.run(oneBox(lambda * 1000, 1, a, b), OPTIONS);
    ComponentResult app = r.components().get("app");
    ComponentResult db = r.components().get("db");

    double rho = lambda * (a + b);
    double waitApp = lambda * (a * a + b * b + rho * a * b) / (1 - lambda * a - lambda * b * rho);
    double waitDb = rho * (waitApp + a);
    // The utilisation law: the box is busy λ(a + b) of the time, the app λa of it, the query λb.
    assertThat(app.utilization()).isCloseTo(rho, within(0.01));
    assertThat(db.utilization()).isCloseTo(lambda * b, within(0.01));
    assertThat(app.queueWaitMs().mean()).isCloseTo(waitApp, within(0.05 * waitApp));
    assertThat(db.queueWaitMs().mean()).isCloseTo(waitDb, within(0.05 * waitDb));
    // The app answers after its wait, its service, and the query's wait and service.
    double sojourn = waitApp + a + waitDb + b;
    assertThat(app.latencyMs().mean()).isCloseTo(sojourn, within(0.05 * sojourn));
    // Little's law on the shared queue: calls waiting = Σ arrival rate × wait, both classes.
    double waiting =
        app.throughputPerSecond() / 1000 * app.queueWaitMs().mean()
            + db.throughputPerSecond() / 1000 * db.queueWaitMs().mean();
    assertThat(app.meanQueueLength()).isCloseTo(waiting, within(0.02 * waiting));
  }

  /**
   * c = 4 servers, a = b = 1 ms. With the same exponential rate for both visits the box is a FIFO
   * ·/M/c queue in a network of customers with fixed routes (users → box → box), which has product
   * form (Kelly, "Reversibility and Stochastic Networks", 1979, §3.1): each visit waits as in an
   * M/M/4 with the total arrival rate 2λ, Erlang C.
   */
  @Test
  void fourCoresVisitedTwiceWaitAsAnMm4AtTheTotalLoad() throws Exception {
    int c = 4;
    double s = 1; // ms
    double lambda = 1.6; // per ms: 2λs / c = 0.8
    SimulationResult r = Simulator.run(oneBox(lambda * 1000, c, s, s), OPTIONS);
    ComponentResult app = r.components().get("app");
    ComponentResult db = r.components().get("db");

    double offered = 2 * lambda * s;
    double wait = QueueingClosedFormTest.erlangC(c, offered) * s / (c - offered);
    assertThat(app.utilization()).isCloseTo(offered / c, within(0.01));
    assertThat(db.utilization()).isCloseTo(lambda * s / c, within(0.01));
    assertThat(app.queueWaitMs().mean()).isCloseTo(wait, within(0.05 * wait));
    assertThat(db.queueWaitMs().mean()).isCloseTo(wait, within(0.05 * wait));
    // The engine's own cross-check treats the box as one M/G/c with both classes' arrivals.
    assertThat(app.analytic().orElseThrow().utilization()).isCloseTo(0.8, within(0.01));
    assertThat(app.analytic().orElseThrow().meanWaitMs().getAsDouble())
        .isCloseTo(wait, within(0.05 * wait));
  }

  /**
   * The same app and database (2 ms each, exponential) on two boxes of 2 vCPUs each, or in one box
   * of 2: at 450 requests per second each separate box runs at ρ = 0.45, the shared one at 0.9.
   * Both are exact: two M/M/2 in tandem (Jackson), or one M/M/2 at 450 calls per second visited
   * twice (Kelly, as above).
   */
  @Test
  void sharingOneBoxDoublesItsLoadAndMultipliesTheLatency() throws Exception {
    double s = 2; // ms
    double lambda = 0.45; // per ms
    SimulationResult hosted = Simulator.run(oneBox(lambda * 1000, 2, s, s), OPTIONS);
    SimulationResult separate = Simulator.run(twoBoxes(lambda * 1000, s), OPTIONS);

    double separateSojourn = 2 * (mm2Wait(lambda * s) + s);
    double hostedSojourn = 2 * (mm2Wait(2 * lambda * s) + s);
    assertThat(separate.components().get("app").utilization()).isCloseTo(0.45, within(0.01));
    assertThat(separate.components().get("db").utilization()).isCloseTo(0.45, within(0.01));
    assertThat(hosted.components().get("app").utilization()).isCloseTo(0.9, within(0.01));
    assertThat(separate.components().get("app").latencyMs().mean())
        .isCloseTo(separateSojourn, within(0.05 * separateSojourn));
    assertThat(hosted.components().get("app").latencyMs().mean())
        .isCloseTo(hostedSojourn, within(0.05 * hostedSojourn));
    assertThat(hostedSojourn).isGreaterThan(4 * separateSojourn);
    assertThat(hosted.bottlenecks().get(0).component()).isEqualTo("app");
  }

  /**
   * At 550 requests per second the separate boxes run at 0.55 and answer everything; the shared box
   * would need 1.1 of its 2 cores: it saturates, its queue fills and it refuses the excess.
   */
  @Test
  void theSharedBoxSaturatesWhereSeparateBoxesDoNot() throws Exception {
    double s = 2; // ms
    double lambda = 0.55; // per ms
    SimulationOptions shorter =
        SimulationOptions.defaults()
            .withDuration(Duration.ofMinutes(3), Duration.ofSeconds(20))
            .withReplications(2, 2);
    SimulationResult hosted = Simulator.run(oneBox(lambda * 1000, 2, s, s, 100), shorter);
    SimulationResult separate = Simulator.run(twoBoxes(lambda * 1000, s), shorter);

    assertThat(separate.endToEnd().errorRate()).isZero();
    assertThat(separate.components().get("app").utilization()).isCloseTo(0.55, within(0.01));
    ComponentResult box = hosted.components().get("app");
    assertThat(box.utilization()).isGreaterThan(0.99);
    // Each request takes 4 ms of CPU: 2 cores answer at most 500 a second; 550 are offered.
    assertThat(hosted.endToEnd().throughputPerSecond()).isLessThan(505);
    assertThat(hosted.endToEnd().errorRate()).isGreaterThan(0.05);
    assertThat(box.errorsByCause()).containsKey("queue-full");
    assertThat(box.meanQueueLength()).isGreaterThan(75); // of 100: mostly full
  }

  /**
   * A database on a host of two instances lives on the first: when that instance crashes, the
   * database goes with it (every request then fails at the query) while the app keeps serving on
   * the other instance.
   */
  @Test
  void theHostedDatabaseFallsWithTheFirstInstanceOnly() throws Exception {
    Design design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: two-instance-box
            regions: [us-east-1]
            workload: {users: 100, requestsPerUserPerSecond: 1}
            components:
              - {id: users, type: users, region: us-east-1}
              - id: app
                type: service
                platform: ec2
                region: us-east-1
                instances: 2
                concurrencyPerInstance: 2
                serviceTime: {distribution: exponential, mean: 5ms}
              - {id: db, type: database, engine: postgres, region: us-east-1, host: app}
            connections:
              - {from: users, to: app}
              - {from: app, to: db}
            faults:
              - {type: instance-crash, component: app, at: 3m}
            """);
    SimulationResult r =
        Simulator.run(
            design,
            SimulationOptions.defaults()
                .withDuration(Duration.ofMinutes(5), Duration.ofMinutes(1))
                .withReplications(2, 2));

    // Measured from 1 to 5 minutes; from 3 minutes on, every request fails at the database.
    assertThat(r.endToEnd().availability()).isCloseTo(0.5, within(0.02));
    assertThat(r.components().get("db").errorsByCause()).containsKey("unavailable");
    var app = r.components().get("app");
    assertThat(app.instances().orElseThrow().min()).isEqualTo(1);
    assertThat(app.instances().orElseThrow().max()).isEqualTo(2);
  }

  @Test
  void aSharedBoxGivesTheSameResultOnOneThreadOrMany() throws Exception {
    Design design = oneBox(400, 2, 2, 2);
    SimulationOptions options =
        SimulationOptions.defaults()
            .withDuration(Duration.ofMinutes(2), Duration.ofSeconds(20))
            .withSeed(7);
    String one = ResultFiles.toJson(Simulator.run(design, options.withReplications(3, 1)));
    String many = ResultFiles.toJson(Simulator.run(design, options.withReplications(3, 3)));
    assertThat(many).isEqualTo(one);
  }

  /** M/M/2 mean wait, ms, at offered load {@code offered} (Erlang C), for mean service 2 ms. */
  private static double mm2Wait(double offered) {
    return QueueingClosedFormTest.erlangC(2, offered) * 2 / (2 - offered);
  }

  private static Design oneBox(double rate, int cores, double appMs, double dbMs) {
    return oneBox(rate, cores, appMs, dbMs, 10_000_000);
  }

  /**
   * Users → app → db (synchronous, once per request), the database in a container on the app's one
   * instance of {@code cores} servers; a queue of {@code queue} per instance.
   */
  private static Design oneBox(double rate, int cores, double appMs, double dbMs, int queue) {
    return TestDesigns.parse(
        """
        scalelab: 1
        name: one-box
        regions: [us-east-1]
        workload: {users: 1000, requestsPerUserPerSecond: %s}
        components:
          - {id: users, type: users, region: us-east-1}
          - id: app
            type: service
            platform: ec2
            region: us-east-1
            zones: [us-east-1a]
            instances: 1
            concurrencyPerInstance: %d
            queueCapacityPerInstance: %d
            serviceTime: {distribution: exponential, mean: %sms}
          - id: db
            type: database
            engine: postgres
            region: us-east-1
            zones: [us-east-1a]
            host: app
            readTime: {distribution: exponential, mean: %sms}
            writeTime: {distribution: exponential, mean: %sms}
        connections:
          - {from: users, to: app}
          - {from: app, to: db}
        network: {intraAz: 1us, crossAz: 1us}
        """
            .formatted(rate / 1000, cores, queue, appMs, dbMs, dbMs));
  }

  /** The same, with the database on RDS: a db.m5.large has 2 vCPUs, so 2 servers. */
  private static Design twoBoxes(double rate, double ms) {
    return TestDesigns.parse(
        """
        scalelab: 1
        name: two-boxes
        regions: [us-east-1]
        workload: {users: 1000, requestsPerUserPerSecond: %s}
        components:
          - {id: users, type: users, region: us-east-1}
          - id: app
            type: service
            platform: ec2
            region: us-east-1
            zones: [us-east-1a]
            instances: 1
            concurrencyPerInstance: 2
            queueCapacityPerInstance: 100
            serviceTime: {distribution: exponential, mean: %sms}
          - id: db
            type: database
            engine: postgres
            region: us-east-1
            zones: [us-east-1a]
            instanceClass: db.m5.large
            readTime: {distribution: exponential, mean: %sms}
            writeTime: {distribution: exponential, mean: %sms}
        connections:
          - {from: users, to: app}
          - {from: app, to: db}
        network: {intraAz: 1us, crossAz: 1us}
        """
            .formatted(rate / 1000, ms, ms, ms));
  }
}
