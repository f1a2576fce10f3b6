package io.scalelab.app.cli;

import io.scalelab.app.gui.GuiStart;
import io.scalelab.app.gui.ScalelabApp;
import io.scalelab.model.Designs;
import io.scalelab.model.ParsedDesign;
import io.scalelab.phases.Extra;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scalelab gui [DESIGN] [--phase N | --preset ID]}: opens the desktop application on a
 * design file, a phase preset or an optional preset (phase 3 when given none).
 */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    description = {
      "Opens the desktop application on a design file, a phase preset or an optional preset.",
      "With none of them, it opens the phase 3 preset (Performance).",
      "Exit code: 0 closed normally, 1 the design is invalid, 2 it could not be read or the"
          + " arguments are wrong, 3 no display to open a window on."
    })
final class GuiCommand implements Callable<Integer> {

  /** The preset opened when the command names neither a file nor a phase. */
  static final Phase DEFAULT_PHASE = Phase.PERFORMANCE;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DESIGN",
      description = "A design file (YAML, or JSON for .json) to open.")
  private Optional<Path> design = Optional.empty();

  @Option(
      names = "--phase",
      paramLabel = "0-4",
      description = "Open the preset of this phase (0 MVP ... 4 Global) instead of a file.")
  private Optional<Integer> phase = Optional.empty();

  @Option(
      names = "--preset",
      paramLabel = "ID",
      description =
          "Open this optional preset instead of a file: serverless (API Gateway, Lambda, SQS + DLQ,"
              + " SNS, DynamoDB + DAX) or disaster-recovery (active-passive, Route 53 failover).")
  private Optional<String> preset = Optional.empty();

  @Option(
      names = "--run",
      description =
          "Start a run (the design's users, the run panel's defaults) as soon as the window shows;"
              + " prints '"
              + GuiStart.RUN_FINISHED
              + "' when it is done.")
  private boolean run;

  /** What opens the window; tests replace it so that no window opens. */
  private final Launcher launcher;

  /** Opens the window on a design and returns when it closes. */
  interface Launcher {
    void launch(GuiStart start);
  }

  GuiCommand() {
    // A lambda, not a method reference: JavaFX's classes load only when a window really opens,
    // so the other commands never touch them.
    this(start -> ScalelabApp.launch(start));
  }

  GuiCommand(Launcher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    int given = (design.isPresent() ? 1 : 0) + (phase.isPresent() ? 1 : 0);
    if (given + (preset.isPresent() ? 1 : 0) > 1) {
      err.println("scalelab gui: give one of a design file, --phase or --preset");
      return ExitCodes.UNREADABLE;
    }
    if (preset.isPresent() && Extra.byId(preset.get()).isEmpty()) {
      err.println(
          "scalelab gui: --preset: found '"
              + preset.get()
              + "'; expected one of "
              + Presets.extras().stream().map(Extra::id).collect(Collectors.joining(", ")));
      return ExitCodes.UNREADABLE;
    }
    if (phase.isPresent() && (phase.get() < 0 || phase.get() > Phase.values().length - 1)) {
      err.println("scalelab gui: --phase: found " + phase.get() + "; expected 0 to 4");
      return ExitCodes.UNREADABLE;
    }
    Optional<GuiStart> start = design.isPresent() ? read(design.get(), err) : Optional.of(preset());
    if (start.isEmpty()) {
      return Files.exists(design.get()) ? ExitCodes.INVALID : ExitCodes.UNREADABLE;
    }
    Optional<String> noDisplay = missingDisplay(System.getenv(), System.getProperties());
    if (noDisplay.isPresent()) {
      err.println("scalelab gui: " + noDisplay.get());
      return ExitCodes.UNAVAILABLE;
    }
    try {
      launcher.launch(start.get().withRunAtOpen(run));
      return ExitCodes.OK;
    } catch (UnsupportedOperationException | IllegalStateException e) {
      // JavaFX says "Unable to open DISPLAY" this way when the display refuses the connection.
      err.println(
          "scalelab gui: cannot open a window: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      return ExitCodes.UNAVAILABLE;
    }
  }

  private GuiStart preset() {
    if (preset.isPresent()) {
      return new GuiStart(
          Presets.design(Extra.byId(preset.get()).orElseThrow()), List.of(), Optional.empty());
    }
    Phase p = Phase.of(phase.orElse(DEFAULT_PHASE.number()));
    return new GuiStart(Presets.design(p), List.of(), Optional.empty());
  }

  /** Reads the file as far as it goes: a design with unconnected parts still opens. */
  private static Optional<GuiStart> read(Path file, PrintWriter err) {
    try {
      if (Files.isDirectory(file)) {
        err.println(file + ": is a directory; expected a design file");
        return Optional.empty();
      }
      ParsedDesign parsed = Designs.loadLenient(file);
      if (parsed.design().isEmpty()) {
        err.println("INVALID " + file);
        parsed.problems().forEach(p -> err.println("  " + p));
        return Optional.empty();
      }
      return Optional.of(new GuiStart(parsed.design().get(), parsed.problems(), Optional.of(file)));
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
      return Optional.empty();
    } catch (IOException e) {
      err.println(file + ": could not read: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Why no window can open, if so: on Linux and the BSDs a window needs an X11 or Wayland display
   * named in the environment; Windows and macOS always have one. JavaFX's headless platform
   * (Monocle, used by tests) needs none.
   */
  static Optional<String> missingDisplay(Map<String, String> env, java.util.Properties props) {
    String os = props.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    boolean needsDisplay = !(os.contains("win") || os.contains("mac"));
    boolean headless = "Monocle".equals(props.getProperty("glass.platform"));
    boolean hasDisplay =
        !env.getOrDefault("DISPLAY", "").isBlank()
            || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    if (needsDisplay && !headless && !hasDisplay) {
      return Optional.of(
          "no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); run it in a"
              + " desktop session, or use scalelab simulate on a server");
    }
    return Optional.empty();
  }
}
