package io.scalelab.exporters.kubernetes;

import java.util.List;
import java.util.Map;

/**
 * One YAML document of the export before it is written: the object (a fabric8 model object or one
 * of this package's records), the comment lines above it, and comments placed above single fields.
 *
 * @param object what Jackson serialises
 * @param header comment lines above the document, without the {@code #}
 * @param fieldComments dotted field path (list items do not count: {@code
 *     spec.template.spec.containers.resources}) to the comment lines above that field
 */
record Doc(Object object, List<String> header, Map<String, List<String>> fieldComments) {

  Doc {
    header = List.copyOf(header);
    fieldComments = Map.copyOf(fieldComments);
  }

  /** A document with a header and no field comments. */
  static Doc of(Object object, List<String> header) {
    return new Doc(object, header, Map.of());
  }
}
