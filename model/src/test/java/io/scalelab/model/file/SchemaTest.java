package io.scalelab.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Choice;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Service;
import io.scalelab.model.distribution.Distribution;
import io.scalelab.model.fault.Fault;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code docs/scalelab.schema.json} in step with the reader: the schema loads, the examples
 * pass it, every object kind allows exactly the fields {@link Vocabulary} allows, every enum holds
 * exactly the reader's names, and designs the reader refuses are refused by the schema too.
 */
class SchemaTest {

  private static final Path ROOT = repositoryRoot();
  private static final Path SCHEMA_FILE = ROOT.resolve("docs/scalelab.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * Where each {@link Vocabulary} list is in the schema ("" is the root). A new list in Vocabulary
   * must be added to the schema and here.
   */
  private static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry("DESIGN", ""),
          Map.entry("WORKLOAD", "/$defs/workload"),
          Map.entry("KEYS", "/$defs/keys"),
          Map.entry("PAYLOAD", "/$defs/payload"),
          Map.entry("SPIKE", "/$defs/spike"),
          Map.entry("SLOS", "/$defs/slos"),
          Map.entry("FAULT", "/$defs/fault"),
          Map.entry("NETWORK", "/$defs/network"),
          Map.entry("REGION_LATENCY", "/$defs/regionLatency"),
          Map.entry("CONNECTION", "/$defs/connection"),
          Map.entry("DISTRIBUTION", "/$defs/distribution"),
          Map.entry("POSITION", "/$defs/position"),
          Map.entry("HEALTH_CHECK", "/$defs/healthCheck"),
          Map.entry("AUTOSCALING", "/$defs/autoscaling"),
          Map.entry("READ_REPLICA", "/$defs/readReplica"),
          Map.entry("DAX", "/$defs/dax"));

  /** The enums of the schema and the reader's choices they must list. */
  private static final Map<String, Class<? extends Choice>> CHOICES =
      Map.ofEntries(
          Map.entry("/$defs/connection/properties/mode", Connection.CallMode.class),
          Map.entry("/$defs/connection/properties/operation", Connection.Operation.class),
          Map.entry("/$defs/connection/properties/failover", Connection.FailoverRole.class),
          Map.entry("/$defs/component-dns/properties/routing", Dns.Routing.class),
          Map.entry(
              "/$defs/component-load-balancer/properties/algorithm", LoadBalancer.Algorithm.class),
          Map.entry("/$defs/component-service/properties/platform", Service.Platform.class),
          Map.entry("/$defs/autoscaling/properties/metric", Service.Metric.class),
          Map.entry("/$defs/component-cache/properties/engine", Cache.Engine.class),
          Map.entry("/$defs/component-cache/properties/eviction", Cache.Eviction.class),
          Map.entry("/$defs/component-database/properties/engine", Database.Engine.class),
          Map.entry("/$defs/component-database/properties/readsFrom", Database.ReadsFrom.class),
          Map.entry(
              "/$defs/component-key-value/properties/capacity", KeyValueStore.CapacityMode.class),
          Map.entry("/$defs/component-queue/properties/ordering", Queue.Ordering.class),
          Map.entry("/$defs/component-topic/properties/ordering", Queue.Ordering.class));

  /** Maven runs tests in model/; an IDE may run them at the repository root. */
  private static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples")) && Files.isDirectory(p.resolve("model"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  private static JsonNode schemaNode() throws IOException {
    return JSON.readTree(SCHEMA_FILE.toFile());
  }

  private static JsonSchema schema() throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
    schema.initializeValidators();
    return schema;
  }

  private static Set<ValidationMessage> validate(String yaml) throws IOException {
    return schema().validate(YAML.readTree(yaml));
  }

  @Test
  void schemaIsValidJsonAndLoads() throws IOException {
    JsonNode node = schemaNode();
    assertThat(node.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(node.path("$id").asText()).startsWith("https://");

    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    JsonSchema meta =
        factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(node)).isEmpty();
    assertThat(schema()).isNotNull();
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
      List<Path> list =
          files.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)")).sorted().toList();
      assertThat(list).isNotEmpty();
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExamplePassesTheSchema(Path example) throws Exception {
    ObjectMapper mapper = DesignFiles.isJson(example) ? JSON : YAML;
    assertThat(schema().validate(mapper.readTree(example.toFile()))).isEmpty();
    assertThat(Designs.load(example).name()).isNotBlank();
  }

  /** The complete designs (with scalelab and components) in the format guide's YAML blocks. */
  static Stream<Arguments> designsInTheGuide() throws IOException {
    String guide = Files.readString(ROOT.resolve("docs/design-format.md"));
    Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(guide);
    List<Arguments> designs = new ArrayList<>();
    while (m.find()) {
      String block = m.group(1);
      if (block.matches("(?s)(.*\n)?scalelab:.*") && block.matches("(?s).*\ncomponents:.*")) {
        designs.add(
            Arguments.of(
                block.lines().filter(l -> l.startsWith("name:")).findFirst().orElseThrow(), block));
      }
    }
    assertThat(designs).hasSizeGreaterThanOrEqualTo(2);
    return designs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designsInTheGuide")
  void everyDesignInTheGuidePassesTheSchemaAndTheReader(String name, String design)
      throws Exception {
    assertThat(validate(design)).isEmpty();
    assertThat(Designs.parse(design, "design-format.md", false).name()).isNotBlank();
  }

  @Test
  void everyObjectKindAllowsExactlyTheReadersFields() throws Exception {
    JsonNode schema = schemaNode();
    List<String> seen = new ArrayList<>();
    for (Field f : Vocabulary.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != List.class) {
        continue;
      }
      f.setAccessible(true);
      @SuppressWarnings("unchecked")
      List<String> allowed = (List<String>) f.get(null);
      if (f.getName().equals("COMPONENT_COMMON")) {
        continue; // part of every component type, checked below
      }
      String at = KINDS.get(f.getName());
      if (at == null) {
        fail("Vocabulary." + f.getName() + " has no object in the schema; add it to both");
      }
      assertClosedObject(schema, at, allowed);
      seen.add(f.getName());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(KINDS.keySet());
  }

  @Test
  void everyComponentTypeHasItsOwnDefinitionWithExactlyTheReadersFields() throws IOException {
    JsonNode schema = schemaNode();
    List<String> names =
        Arrays.stream(ComponentType.values()).map(ComponentType::fileName).toList();
    assertThat(texts(schema.at("/$defs/componentType/enum"))).containsExactlyElementsOf(names);
    List<String> selected = new ArrayList<>();
    for (JsonNode c : schema.at("/$defs/component/allOf")) {
      String type = c.at("/if/properties/type/const").asText();
      assertThat(c.at("/then/$ref").asText()).isEqualTo("#/$defs/component-" + type);
      selected.add(type);
    }
    assertThat(selected).containsExactlyElementsOf(names);
    for (ComponentType t : ComponentType.values()) {
      String at = "/$defs/component-" + t.fileName();
      assertClosedObject(schema, at, Vocabulary.component(t));
      assertThat(schema.at(at + "/properties/type/const").asText()).isEqualTo(t.fileName());
      List<String> required = texts(schema.at(at + "/required"));
      assertThat(required).contains("id", "type");
      if (t.mayBeGlobal()) {
        assertThat(required).doesNotContain("region");
        assertThat(schema.at(at + "/properties/region/$ref").asText())
            .isEqualTo("#/$defs/regionOrGlobal");
      } else {
        assertThat(required).contains("region");
        assertThat(schema.at(at + "/properties/region/$ref").asText())
            .isEqualTo("#/$defs/regionCode");
      }
    }
  }

  @Test
  void enumsListExactlyTheReadersNames() throws IOException {
    JsonNode schema = schemaNode();
    for (var e : CHOICES.entrySet()) {
      List<String> names =
          Arrays.stream(e.getValue().getEnumConstants()).map(Choice::fileName).toList();
      assertThat(texts(schema.at(e.getKey() + "/enum")))
          .as(e.getKey())
          .containsExactlyElementsOf(names);
    }
    assertThat(texts(schema.at("/$defs/fault/properties/type/enum")))
        .containsExactlyElementsOf(Fault.TYPES);
    assertThat(texts(schema.at("/$defs/distribution/properties/distribution/enum")))
        .containsExactlyElementsOf(Distribution.NAMES);
    assertThat(texts(schema.at("/$defs/regionCode/enum")))
        .containsExactlyElementsOf(Region.KNOWN_CODES);
    List<String> orGlobal = new ArrayList<>(List.of(Region.GLOBAL.code()));
    orGlobal.addAll(Region.KNOWN_CODES);
    assertThat(texts(schema.at("/$defs/regionOrGlobal/enum"))).containsExactlyElementsOf(orGlobal);
    assertThat(schema.at("/$defs/zone/pattern").asText())
        .isEqualTo("^(" + String.join("|", Region.KNOWN_CODES) + ")[a-z]$");
    assertThat(schema.at("/$defs/componentId/pattern").asText())
        .isEqualTo("^" + ComponentReader.ID + "$");
    assertThat(schema.at("/$defs/connectionId/pattern").asText())
        .isEqualTo("^" + DesignReader.CONNECTION_ID + "$");
  }

  private static final String MINIMAL =
      """
      scalelab: 1
      name: broken
      regions: [us-east-1]
      workload:
        users: 1000
        requestsPerUserPerSecond: 0.08
      components:
        - id: users
          type: users
          region: us-east-1
        - id: api
          type: service
          platform: ec2
          region: us-east-1
          instances: 2
          serviceTime: {distribution: exponential, mean: 20ms}
      connections:
        - {from: users, to: api}
      """;

  @Test
  void theBaseOfTheBrokenDesignsIsValid() throws Exception {
    assertThat(validate(MINIMAL)).isEmpty();
    assertThat(Designs.parse(MINIMAL, "x.yaml", false).components()).hasSize(2);
  }

  static Stream<Arguments> brokenDesigns() {
    return Stream.of(
        broken("unknown field", "instances: 2", "instances: 2\n    colour: blue", "colour"),
        broken("misspelt field", "instances: 2", "instance: 2", "instance"),
        broken("bad duration unit", "mean: 20ms", "mean: 20sec", "serviceTime.mean"),
        broken("bare number duration", "mean: 20ms", "mean: 20", "serviceTime.mean"),
        broken("unknown component type", "type: service", "type: servce", "components[1].type"),
        broken("bad region", "regions: [us-east-1]", "regions: [us-east-7]", "regions[0]"),
        broken(
            "global service",
            "platform: ec2\n    region: us-east-1",
            "platform: ec2\n    region: global",
            "components[1].region"),
        broken(
            "missing service time",
            "\n    serviceTime: {distribution: exponential, mean: 20ms}",
            "",
            "serviceTime"),
        broken("lambda with instances", "platform: ec2", "platform: lambda", "instances"),
        broken("wrong distribution parameter", "mean: 20ms}", "mean: 20ms, sigma: 1}", "sigma"),
        broken("version 2", "scalelab: 1", "scalelab: 2", "scalelab"),
        broken("no user origin", "type: users", "type: object-store", "no user origin"));
  }

  private static Arguments broken(String what, String from, String to, String field) {
    String text = MINIMAL.replace(from, to);
    if (text.equals(MINIMAL)) {
      throw new IllegalArgumentException(what + ": '" + from + "' not found");
    }
    return Arguments.of(what, text, field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDesigns")
  void brokenDesignsAreRefusedByTheSchemaAndTheReader(String what, String text, String field)
      throws IOException {
    assertThat(validate(text)).as(what).isNotEmpty();
    assertThatThrownBy(() -> Designs.parse(text, "x.yaml", false))
        .as(what)
        .isInstanceOf(DesignException.class)
        .hasMessageContaining(field);
  }

  private static void assertClosedObject(JsonNode schema, String at, List<String> allowed) {
    JsonNode kind = schema.at(at);
    assertThat(kind.isObject()).as("schema object at '%s'", at).isTrue();
    assertThat(
            kind.path("additionalProperties").isBoolean()
                && !kind.path("additionalProperties").booleanValue())
        .as("additionalProperties: false at '%s'", at)
        .isTrue();
    List<String> properties = new ArrayList<>();
    kind.path("properties").fieldNames().forEachRemaining(properties::add);
    assertThat(properties)
        .as("properties at '%s'", at)
        .containsExactlyInAnyOrderElementsOf(allowed);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
