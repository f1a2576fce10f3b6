package io.scalelab.app.gui.run;

import io.scalelab.app.gui.DialogService;
import io.scalelab.model.Design;
import io.scalelab.simulation.LiveSnapshot;
import io.scalelab.simulation.SimulationException;
import io.scalelab.simulation.SimulationListener;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import io.scalelab.simulation.price.PriceException;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.result.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The run panel's state and its Run / Cancel commands. A run simulates the current design with the
 * panel's users and fault timeline on a worker thread, prices it, and adds it to {@link
 * #history()}; meanwhile progress and live snapshots reach the FX thread coalesced — at most one
 * pending update at a time, and the engine sends at most {@link LiveSnapshot#MAX_PER_SECOND}
 * snapshots a second — so the FX thread is never flooded. Cancel interrupts the worker; the engine
 * stops within milliseconds. Every property is read and written on the FX thread only.
 */
public final class RunViewModel {

  /** Finished runs kept for comparison: 20; older ones are dropped first. */
  public static final int HISTORY_LIMIT = 20;

  private static final System.Logger LOG = System.getLogger(RunViewModel.class.getName());

  /** {@code end}'s progress argument that leaves the bar where it stopped. */
  private static final double KEEP_PROGRESS = -1;

  private final ObservableValue<Design> design;
  private final DialogService dialogs;
  private final Pricing pricing;
  private final Executor ui;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread t = new Thread(task, "scalelab-run");
            t.setDaemon(true);
            return t;
          });
  private final RunSettings settings = new RunSettings();
  private final FaultTimeline faults;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper status =
      new ReadOnlyStringWrapper(this, "status", "Ready: press Run");
  private final ObservableList<CompletedRun> history = FXCollections.observableArrayList();
  // One wrapper for good: it listens to the list weakly, so a wrapper made per call could be
  // collected with its listeners still attached to it.
  private final ObservableList<CompletedRun> readOnlyHistory =
      FXCollections.unmodifiableObservableList(history);
  private final List<RunListener> listeners = new ArrayList<>();
  private Optional<Session> session = Optional.empty();
  private int runs;

  /**
   * A panel on {@code design}, running on a worker and updating through {@code ui} (the FX thread:
   * {@code Platform::runLater}).
   */
  public RunViewModel(
      ObservableValue<Design> design, DialogService dialogs, Pricing pricing, Executor ui) {
    this.design = design;
    this.dialogs = dialogs;
    this.pricing = pricing;
    this.ui = ui;
    this.faults = new FaultTimeline(design);
    settings.users().set(design.getValue().workload().users());
    design.addListener(
        (obs, was, now) -> {
          if (was.workload().users() != now.workload().users()) {
            settings.users().set(now.workload().users());
          }
        });
  }

  /** A panel on the FX thread, pricing with the user's catalogue. */
  public RunViewModel(ObservableValue<Design> design, DialogService dialogs) {
    this(design, dialogs, Pricing.userCatalogue(w -> {}), Platform::runLater);
  }

  /** The design runs are made of. */
  public ObservableValue<Design> design() {
    return design;
  }

  /** Users, duration, warm-up, seed, replications and purchase option. */
  public RunSettings settings() {
    return settings;
  }

  /** The fault timeline of the next run. */
  public FaultTimeline faults() {
    return faults;
  }

  /** Whether a run is going. */
  public ReadOnlyBooleanProperty running() {
    return running.getReadOnlyProperty();
  }

  /** How far the run has got, 0–1 over all replications. */
  public ReadOnlyDoubleProperty progress() {
    return progress.getReadOnlyProperty();
  }

  /** One line on the last run or why it cannot start. */
  public ReadOnlyStringProperty status() {
    return status.getReadOnlyProperty();
  }

  /** Finished runs, oldest first, at most {@link #HISTORY_LIMIT}. */
  public ObservableList<CompletedRun> history() {
    return readOnlyHistory;
  }

  /** Adds a listener that hears runs start and their live snapshots. */
  public void addRunListener(RunListener l) {
    listeners.add(l);
  }

  /** Starts a run, unless one is going or a setting does not read (the status says which). */
  public void run() {
    if (running.get()) {
      return;
    }
    SimulationOptions options;
    Design d;
    try {
      options = settings.options();
      d = design.getValue().withFaults(faults.faults());
    } catch (IllegalArgumentException e) {
      status.set("Cannot run: " + e.getMessage());
      return;
    }
    d = d.withWorkload(d.workload().withUsers(options.users().orElseThrow()));
    PurchaseOption purchase = settings.purchase().get();
    Session s = new Session(++runs, d, options, purchase);
    session = Optional.of(s);
    running.set(true);
    progress.set(0);
    status.set(String.format("Run %d: simulating %s…", s.number, d.name()));
    listeners.forEach(l -> l.started(s.design, options));
    s.future = worker.submit(s::work);
  }

  /** Cancels the run going, if any. */
  public void cancel() {
    session.ifPresent(s -> s.future.cancel(true));
  }

  /** Stops the worker thread: for when the window closes. */
  public void shutdown() {
    cancel();
    worker.shutdownNow();
  }

  private void finished(Session s, SimulationResult result, String note) {
    CompletedRun run = new CompletedRun(s.number, s.design, s.options, result);
    history.add(run);
    if (history.size() > HISTORY_LIMIT) {
      history.remove(0);
    }
    end(
        s,
        1,
        String.format(
            "Run %d done: %,.0f req/s, p99 %.1f ms, errors %.2f%%%s",
            s.number,
            result.endToEnd().throughputPerSecond(),
            result.endToEnd().latencyMs().p99(),
            result.endToEnd().errorRate() * 100,
            note));
  }

  private void end(Session s, double finalProgress, String line) {
    if (session.filter(x -> x == s).isEmpty()) {
      return;
    }
    s.drain();
    running.set(false);
    if (finalProgress >= 0) {
      progress.set(finalProgress);
    }
    status.set(line);
  }

  private static String firstLine(String message) {
    return message.lines().filter(l -> !l.isBlank()).findFirst().orElse(message);
  }

  /** One run: its worker side and the coalesced hand-over to the FX thread. */
  private final class Session implements SimulationListener {
    final int number;
    final Design design;
    final SimulationOptions options;
    final PurchaseOption purchase;
    volatile Future<?> future;
    private final AtomicLong latestProgress = new AtomicLong(Double.doubleToLongBits(0));
    private final ConcurrentLinkedQueue<LiveSnapshot> snapshots = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    Session(int number, Design design, SimulationOptions options, PurchaseOption purchase) {
      this.number = number;
      this.design = design;
      this.options = options;
      this.purchase = purchase;
    }

    void work() {
      try {
        SimulationResult r = Simulator.run(design, options, this);
        String note = "";
        try {
          r = r.withCost(pricing.price(design, r, purchase));
        } catch (PriceException e) {
          note = "; not priced: " + e.getMessage();
        }
        SimulationResult result = r;
        String n = note;
        ui.execute(() -> finished(this, result, n));
      } catch (CancellationException e) {
        ui.execute(() -> end(this, KEEP_PROGRESS, "Run " + number + " cancelled"));
      } catch (SimulationException e) {
        ui.execute(
            () -> {
              end(this, KEEP_PROGRESS, "Run " + number + " failed: " + firstLine(e.getMessage()));
              dialogs.showError("Cannot simulate " + design.name(), e.getMessage());
            });
      } catch (RuntimeException e) {
        // A defect, not a user mistake: logged once here, shown as one line and a dialog.
        LOG.log(System.Logger.Level.ERROR, "run " + number + " failed", e);
        ui.execute(
            () -> {
              end(this, KEEP_PROGRESS, "Run " + number + " failed: " + e);
              dialogs.showError("The simulation failed", e.toString());
            });
      }
    }

    @Override
    public void progress(double fraction) {
      latestProgress.set(Double.doubleToLongBits(fraction));
      schedule();
    }

    @Override
    public void snapshot(LiveSnapshot s) {
      snapshots.add(s);
      schedule();
    }

    private void schedule() {
      if (scheduled.compareAndSet(false, true)) {
        ui.execute(this::drain);
      }
    }

    /** On the FX thread: the latest progress and every waiting snapshot, in order. */
    void drain() {
      scheduled.set(false);
      if (session.filter(x -> x == this).isEmpty()) {
        return;
      }
      if (running.get()) {
        progress.set(Double.longBitsToDouble(latestProgress.get()));
      }
      for (LiveSnapshot s = snapshots.poll(); s != null; s = snapshots.poll()) {
        LiveSnapshot snap = s;
        listeners.forEach(l -> l.snapshot(snap));
      }
    }
  }
}
