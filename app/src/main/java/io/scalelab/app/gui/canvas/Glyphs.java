package io.scalelab.app.gui.canvas;

import io.scalelab.model.component.ComponentType;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a node looks like: the colour of its AWS category and a glyph drawn as an SVG path in a 24
 * by 24 box. The colours follow the AWS Architecture Icons' categories (compute orange, database
 * blue, networking purple, storage green, application integration pink, security red).
 */
public final class Glyphs {

  /** AWS compute orange. */
  static final String COMPUTE = "#ED7100";

  /** Database blue (the AWS icon set's former database colour, kept apart from networking). */
  static final String DATABASE = "#3B48CC";

  /** AWS networking and content delivery purple. */
  static final String NETWORKING = "#8C4FFF";

  /** AWS storage green. */
  static final String STORAGE = "#7AA116";

  /** AWS application integration pink. */
  static final String INTEGRATION = "#E7157B";

  /** AWS security, identity and compliance red. */
  static final String SECURITY = "#DD344C";

  /** People, outside AWS: neutral grey. */
  static final String PEOPLE = "#545B64";

  private static final Map<ComponentType, String> COLOURS = new EnumMap<>(ComponentType.class);
  private static final Map<ComponentType, String> PATHS = new EnumMap<>(ComponentType.class);

  static {
    put(
        ComponentType.USERS,
        PEOPLE,
        "M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zM3 21c0-4.4 4-7 9-7s9 2.6 9 7z");
    put(ComponentType.DNS, NETWORKING, "M11 2h2v20h-2zM4 4h12l3 3-3 3H4zM20 12H8l-3 3 3 3h12z");
    put(
        ComponentType.CDN,
        NETWORKING,
        "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 2.1V11H6.1A8 8 0 0 1 11 4.1zm2 0a8 8 0 0 1"
            + " 4.9 6.9H13zM4.1 13H11v6.9A8 8 0 0 1 4.1 13zm8.9 0h6.9a8 8 0 0 1-6.9 6.9z");
    put(ComponentType.WAF, SECURITY, "M12 2l8 3v6c0 5-3.4 9.4-8 11-4.6-1.6-8-6-8-11V5z");
    put(
        ComponentType.LOAD_BALANCER,
        NETWORKING,
        "M3 10h5v4H3zM16 3h5v4h-5zM16 10h5v4h-5zM16 17h5v4h-5zM8 11h8v2H8zM8.6 10.8l7-5.4 1.2"
            + " 1.6-7 5.4zM8.6 13.2l1.2-1.6 7 5.4-1.2 1.6z");
    put(
        ComponentType.API_GATEWAY,
        NETWORKING,
        "M8 6l1.5 1.5L5 12l4.5 4.5L8 18l-6-6zM16 6l6 6-6 6-1.5-1.5L19 12l-4.5-4.5zM13 4h2l-4"
            + " 16H9z");
    put(
        ComponentType.SERVICE,
        COMPUTE,
        "M6 6h12v12H6zM9 9v6h6V9zM8 2h2v3H8zM14 2h2v3h-2zM8 19h2v3H8zM14 19h2v3h-2zM2 8h3v2H2zM2"
            + " 14h3v2H2zM19 8h3v2h-3zM19 14h3v2h-3z");
    put(ComponentType.CACHE, DATABASE, "M14 2L4 14h7l-2 8 11-13h-7z");
    put(
        ComponentType.DATABASE,
        DATABASE,
        "M12 2C7.6 2 4 3.3 4 5v14c0 1.7 3.6 3 8 3s8-1.3 8-3V5c0-1.7-3.6-3-8-3zm0 2c3.6 0 6 .9 6"
            + " 1s-2.4 1-6 1-6-.9-6-1 2.4-1 6-1z");
    put(
        ComponentType.KEY_VALUE,
        DATABASE,
        "M3 4h18v4H3zM3 10h8v4H3zM13 10h8v4h-8zM3 16h8v4H3zM13 16h8v4h-8z");
    put(ComponentType.QUEUE, INTEGRATION, "M2 7h5v10H2zM9.5 7h5v10h-5zM17 7h5v10h-5z");
    put(
        ComponentType.TOPIC,
        INTEGRATION,
        "M3 9v6h4l6 4V5L7 9zM16 8.5a5 5 0 0 1 0 7l1.4 1.4a7 7 0 0 0 0-9.8z");
    put(
        ComponentType.STREAM,
        INTEGRATION,
        "M2 6c3-2 5-2 7 0s4 2 7 0 4-2 6 0v3c-2-2-4-2-6 0s-5 2-7 0-4-2-7 0zM2 13c3-2 5-2 7 0s4 2 7"
            + " 0 4-2 6 0v3c-2-2-4-2-6 0s-5 2-7 0-4-2-7 0z");
    put(
        ComponentType.OBJECT_STORE,
        STORAGE,
        "M3 5c0-1.7 4-3 9-3s9 1.3 9 3l-2.5 15c-.4 1.3-3.2 2-6.5 2s-6.1-.7-6.5-2z");
  }

  private Glyphs() {}

  private static void put(ComponentType type, String colour, String path) {
    COLOURS.put(type, colour);
    PATHS.put(type, path);
  }

  /** The category colour of a type, as a CSS hex colour. */
  public static String colour(ComponentType type) {
    return COLOURS.get(type);
  }

  /** The glyph of a type: an SVG path in a 24 by 24 box, drawn in white on the colour. */
  public static String path(ComponentType type) {
    return PATHS.get(type);
  }
}
