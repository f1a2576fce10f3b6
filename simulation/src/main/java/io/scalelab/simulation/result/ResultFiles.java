package io.scalelab.simulation.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.scalelab.model.file.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes result files: JSON, fields in record order, absent optionals left out, written atomically
 * (temporary file + move) so a reader never sees half a file.
 */
public final class ResultFiles {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private ResultFiles() {}

  /** The JSON text of a result. */
  public static String toJson(SimulationResult result) {
    try {
      return JSON.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a result always serializes", e);
    }
  }

  /** Writes a result file atomically. */
  public static void write(SimulationResult result, Path file) throws IOException {
    AtomicFiles.writeString(file, toJson(result) + "\n");
  }
}
