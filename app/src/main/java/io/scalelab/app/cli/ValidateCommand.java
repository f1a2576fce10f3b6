package io.scalelab.app.cli;

import io.scalelab.model.Design;
import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;
import io.scalelab.model.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scalelab validate FILE...}: checks design files and lists every problem in each. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks design files (YAML, or JSON for .json) and lists every problem with file, line,"
          + " column and field.",
      "Exit code: 0 all valid, 1 some invalid, 2 some could not be read."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Design files to check.")
  private List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int worst = ExitCodes.OK;
    for (Path file : files) {
      worst = Math.max(worst, validate(file, out, err));
    }
    return worst;
  }

  private static int validate(Path file, PrintWriter out, PrintWriter err) {
    try {
      if (Files.isDirectory(file)) {
        err.println(file + ": is a directory; expected a design file");
        return ExitCodes.UNREADABLE;
      }
      Design d = Designs.load(file);
      out.println(
          "OK "
              + d.name()
              + " ("
              + plural(d.components().size(), "component")
              + ", "
              + plural(d.connections().size(), "connection")
              + ")");
      return ExitCodes.OK;
    } catch (DesignException e) {
      List<Problem> problems = e.problems();
      out.println("INVALID " + file + " (" + plural(problems.size(), "problem") + ")");
      problems.forEach(p -> out.println("  " + p));
      return ExitCodes.INVALID;
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
      return ExitCodes.UNREADABLE;
    } catch (IOException e) {
      err.println(file + ": could not read: " + e.getMessage());
      return ExitCodes.UNREADABLE;
    }
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
