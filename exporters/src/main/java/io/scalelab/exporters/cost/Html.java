package io.scalelab.exporters.cost;

import java.util.Locale;

/**
 * Text made safe for HTML and SVG. The page is written as polyglot markup (well-formed XML that is
 * also HTML5), so only the five XML escapes are used, never named HTML entities.
 */
final class Html {

  private Html() {}

  /**
   * {@code text} as element content or a quoted attribute value. Control characters, which XML
   * forbids and a browser would show as boxes, become spaces.
   */
  static String esc(String text) {
    var out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\n' && c != '\t' || c == 0x7f ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** A coordinate or length in an SVG attribute: a dot, at most two decimals. */
  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return s.equals("-0") ? "0" : s;
  }

  /** {@code text} cut to {@code max} characters with an ellipsis, for chart labels. */
  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
