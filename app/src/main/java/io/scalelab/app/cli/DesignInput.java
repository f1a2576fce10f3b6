package io.scalelab.app.cli;

import io.scalelab.model.Design;
import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Loads a design file for a command, saying on stderr what is wrong with it. */
final class DesignInput {

  private DesignInput() {}

  /** A design that could not be loaded; what went wrong was already printed. */
  static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    Failed(int exitCode) {
      super(null, null, false, false);
      this.exitCode = exitCode;
    }

    int exitCode() {
      return exitCode;
    }
  }

  static Design load(Path file, PrintWriter err) throws Failed {
    try {
      return Designs.load(file);
    } catch (DesignException e) {
      err.println("INVALID " + file);
      e.problems().forEach(p -> err.println("  " + p));
      throw new Failed(ExitCodes.INVALID);
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
      throw new Failed(ExitCodes.UNREADABLE);
    } catch (IOException e) {
      err.println(file + ": could not read: " + e.getMessage());
      throw new Failed(ExitCodes.UNREADABLE);
    }
  }
}
