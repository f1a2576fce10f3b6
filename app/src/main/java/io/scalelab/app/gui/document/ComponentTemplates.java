package io.scalelab.app.gui.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scalelab.model.component.ComponentType;
import java.util.EnumMap;
import java.util.Map;

/**
 * The settings a component dropped from the palette starts with: the fields its type requires, set
 * to a common, valid choice; everything else takes the format's documented default. A test adds one
 * of each type and reads it back through the model's reader.
 */
final class ComponentTemplates {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Type-specific fields of a new component, as the design file writes them. */
  private static final Map<ComponentType, String> FIELDS = new EnumMap<>(ComponentType.class);

  static {
    FIELDS.put(ComponentType.USERS, "{}");
    FIELDS.put(ComponentType.DNS, "{}");
    FIELDS.put(ComponentType.CDN, "{}");
    FIELDS.put(ComponentType.WAF, "{}");
    FIELDS.put(ComponentType.LOAD_BALANCER, "{}");
    FIELDS.put(ComponentType.API_GATEWAY, "{}");
    // Two instances: the smallest group that survives losing one; 20 ms, the format's own example.
    FIELDS.put(
        ComponentType.SERVICE,
        "{platform: ec2, instances: 2, serviceTime: {distribution: exponential, mean: 20ms}}");
    // cache.r6g.large and db.r6g.large: the general-purpose Graviton sizes the presets start from.
    FIELDS.put(ComponentType.CACHE, "{engine: redis, nodeType: cache.r6g.large}");
    FIELDS.put(ComponentType.DATABASE, "{engine: postgres, instanceClass: db.r6g.large}");
    FIELDS.put(ComponentType.KEY_VALUE, "{}");
    FIELDS.put(ComponentType.QUEUE, "{}");
    FIELDS.put(ComponentType.TOPIC, "{}");
    FIELDS.put(ComponentType.STREAM, "{}");
    FIELDS.put(ComponentType.OBJECT_STORE, "{}");
  }

  private ComponentTemplates() {}

  /**
   * A new component's tree: id, type, region (left out for the global types, which then default to
   * {@code global}) and the type's starting settings.
   */
  static ObjectNode create(ComponentType type, String id, String region) {
    ObjectNode node = YAML.createObjectNode();
    node.put("id", id);
    node.put("type", type.fileName());
    if (!type.mayBeGlobal()) {
      node.put("region", region);
    }
    try {
      node.setAll((ObjectNode) YAML.readTree(FIELDS.get(type)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a template is not YAML: " + type, e);
    }
    return node;
  }

  /** The stem of new components' ids, e.g. {@code service} for service-1, service-2... */
  static String idStem(ComponentType type) {
    return type == ComponentType.KEY_VALUE ? "table" : type.fileName();
  }
}
