package io.scalelab.model.file;

/**
 * Converts between JSON Pointers ({@code /components/2/serviceTime/mean}) and the field paths shown
 * to users ({@code components[2].serviceTime.mean}). Keys never hold '/' or '['; the percentile
 * keys ({@code p99.9}) hold '.', which is why problems keep pointers and convert only for display.
 */
final class Paths {

  private Paths() {}

  static String toField(String pointer) {
    StringBuilder sb = new StringBuilder();
    for (String segment : pointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      String s = segment.replace("~1", "/").replace("~0", "~");
      if (s.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(s).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(s);
      }
    }
    return sb.toString();
  }

  static String toPointer(String field) {
    if (field.isEmpty()) {
      return "";
    }
    String escaped = field.replace("~", "~0").replace("/", "~1");
    return "/" + escaped.replace("[", ".").replace("]", "").replace('.', '/');
  }

  static String child(String pointer, String field) {
    return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
