package io.scalelab.app.gui.export;

import io.scalelab.app.gui.DialogService;
import io.scalelab.exporters.apply.Apply;
import io.scalelab.exporters.apply.ApplyException;
import io.scalelab.exporters.apply.ApplyOptions;
import io.scalelab.exporters.apply.Outcome;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The apply dialog's state and commands: the folder (the last export's by default), Start, the
 * tools' output as a log, each plan shown as a question the person answers with Apply or Cancel,
 * Stop (and Kill, for a tool that does not stop), and the outcome in one line. The apply step is
 * {@link Apply}'s and runs on its own thread; every property is read and written on the FX thread.
 */
public final class ApplyViewModel {

  private static final System.Logger LOG = System.getLogger(ApplyViewModel.class.getName());

  private final DialogService dialogs;
  private final Supplier<ApplyOptions> options;
  private final Executor ui;
  private final StringProperty folder = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<ApplyState> state =
      new ReadOnlyObjectWrapper<>(ApplyState.READY);
  private final ObservableList<String> log = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status =
      new ReadOnlyStringWrapper(
          "Start runs terraform and kubectl from your PATH with your credentials; every plan is"
              + " shown and applied only when you press Apply.");
  private Optional<ApplySession> session = Optional.empty();

  /**
   * @param lastExport the folder of the last infrastructure export: the folder follows it
   * @param dialogs the folder chooser and the question before killing a tool
   * @param options how to apply: the environment the tools run in ({@link ApplyOptions#fromSystem})
   * @param ui the FX thread ({@code Platform::runLater})
   */
  public ApplyViewModel(
      ObservableValue<Optional<Path>> lastExport,
      DialogService dialogs,
      Supplier<ApplyOptions> options,
      Executor ui) {
    this.dialogs = dialogs;
    this.options = options;
    this.ui = ui;
    lastExport.getValue().ifPresent(p -> folder.set(p.toString()));
    lastExport.addListener(
        (obs, was, now) -> {
          if (!state.get().active()) {
            now.ifPresent(p -> folder.set(p.toString()));
          }
        });
  }

  /** The exported folder to apply. */
  public StringProperty folder() {
    return folder;
  }

  public ReadOnlyObjectProperty<ApplyState> state() {
    return state.getReadOnlyProperty();
  }

  /** Everything the apply step and the tools printed, line by line. */
  public ObservableList<String> log() {
    return log;
  }

  /** The plan waiting for an answer; empty when none. */
  public ReadOnlyStringProperty question() {
    return question.getReadOnlyProperty();
  }

  /** One line: what is happening, or how the last apply ended. */
  public ReadOnlyStringProperty status() {
    return status.getReadOnlyProperty();
  }

  /** Asks for the folder to apply. */
  public void chooseFolder() {
    if (state.get().active()) {
      return;
    }
    dialogs
        .chooseFolder("Apply the export in folder", path())
        .ifPresent(p -> folder.set(p.toString()));
  }

  /** Starts applying the folder, unless an apply is under way or the folder is not a path. */
  public void start() {
    if (state.get().active()) {
      return;
    }
    Optional<Path> dir = path().filter(Path::isAbsolute);
    if (dir.isEmpty()) {
      state.set(ApplyState.FAILED);
      status.set(
          "folder: '" + folder.get().strip() + "' is not a full path; give one, or Choose… one");
      return;
    }
    log.clear();
    question.set("");
    ApplySession s =
        new ApplySession(new Apply(options.get()), new LogBuffer(ui, log::addAll), ui, this::ask);
    session = Optional.of(s);
    state.set(ApplyState.RUNNING);
    status.set("Applying " + dir.get() + "…");
    s.start(
        dir.get(),
        outcome -> ui.execute(() -> finished(s, outcome)),
        failure -> ui.execute(() -> failed(s, failure)));
  }

  /** Approves the plan shown. */
  public void approve() {
    answer(true);
  }

  /** Declines the plan shown: that step and every later one do not run. */
  public void decline() {
    answer(false);
  }

  /**
   * Stops the apply: a plan being asked about is declined; a running tool is asked to stop, as
   * Ctrl+C would (Terraform finishes the calls under way and saves its state).
   */
  public void stop() {
    ApplyState now = state.get();
    if (!now.active() || now == ApplyState.STOPPING) {
      return;
    }
    session.ifPresent(ApplySession::stop);
    if (now == ApplyState.ASKING) {
      decline();
      return;
    }
    state.set(ApplyState.STOPPING);
    status.set(
        "Stopping: the running tool was asked to stop. Terraform finishes the calls under way and"
            + " saves its state first, which can take minutes; Kill only if it does not stop.");
  }

  /** Ends the running tool at once, after asking: it may leave Terraform's state incomplete. */
  public void kill() {
    if (state.get() != ApplyState.STOPPING) {
      return;
    }
    boolean yes =
        dialogs.confirm(
            "Kill the running tool?",
            "Killing Terraform while it creates or changes resources can leave resources its state"
                + " does not record, and its state lock held (terraform force-unlock releases it)."
                + " Kill it anyway?");
    if (yes) {
      session.ifPresent(ApplySession::kill);
      status.set("Killing the running tool…");
    }
  }

  /**
   * Whether the application may quit: not while an apply is under way, since a tool cut off from
   * its output mid-change dies there (the person is told to stop it and wait).
   */
  public boolean mayQuit() {
    if (!state.get().active()) {
      return true;
    }
    dialogs.showInfo(
        "An apply is running",
        "Quit once it has ended: press Stop in the Apply window and wait for the tool to finish."
            + " Quitting now would cut Terraform or kubectl off in the middle of a change.");
    return false;
  }

  private void ask(ApplySession s, String summary) {
    if (session.filter(x -> x == s).isEmpty() || !state.get().active()) {
      s.answer(false);
      return;
    }
    question.set(summary);
    state.set(ApplyState.ASKING);
    status.set("Read the plan, then Apply it or Cancel: nothing of it is applied until you do.");
  }

  private void answer(boolean yes) {
    if (state.get() != ApplyState.ASKING) {
      return;
    }
    question.set("");
    log.add(yes ? "Approved in the dialog: applying." : "Declined in the dialog.");
    state.set(ApplyState.RUNNING);
    status.set(yes ? "Applying the plan you approved…" : "Declined: finishing…");
    session.ifPresent(s -> s.answer(yes));
  }

  private void finished(ApplySession s, Outcome outcome) {
    s.flush();
    question.set("");
    switch (outcome) {
      case APPLIED -> end(ApplyState.APPLIED, "Applied: every plan you approved was applied.");
      case NO_CHANGES ->
          end(
              ApplyState.NO_CHANGES,
              "No changes: what runs already matches the export; nothing was applied.");
      case CANCELLED ->
          end(
              ApplyState.CANCELLED,
              "Cancelled: the declined plan and every step after it did not run; steps approved"
                  + " before it stay applied.");
    }
  }

  private void failed(ApplySession s, Exception e) {
    s.flush();
    question.set("");
    if (e instanceof ApplyException
        && ((ApplyException) e).reason() == ApplyException.Reason.STOPPED) {
      end(ApplyState.STOPPED, "Stopped: " + oneLine(e.getMessage()));
    } else if (e instanceof ApplyException) {
      end(ApplyState.FAILED, "Not applied: " + oneLine(e.getMessage()));
    } else {
      LOG.log(System.Logger.Level.ERROR, "apply failed", e);
      end(ApplyState.FAILED, "Unexpected error (a defect in ScaleLab): " + oneLine(e.toString()));
    }
  }

  private void end(ApplyState s, String line) {
    state.set(s);
    status.set(line);
  }

  private Optional<Path> path() {
    String text = folder.get().strip();
    try {
      return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text).normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static String oneLine(String message) {
    List<String> lines = message.lines().toList();
    return lines.isEmpty() ? "" : String.join(" ", lines);
  }
}
