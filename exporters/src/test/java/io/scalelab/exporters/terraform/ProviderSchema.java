package io.scalelab.exporters.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The resource schema of hashicorp/aws 5.23.1, read offline from the jsii assembly inside the
 * {@code com.hashicorp:cdktf-provider-aws:18.0.3} jar: every resource and data source, its
 * arguments and nested blocks, with the Terraform names taken from each property's registry link
 * ({@code .../docs/resources/instance#ami}) and whether it is required.
 */
final class ProviderSchema {

  /** Where the jsii tarball is in the cdktf jar. */
  static final String TARBALL = "/com/hashicorp/cdktf/providers/aws/provider-aws@18.0.3.jsii.tgz";

  private static final String ASSEMBLY = "@cdktf/provider-aws.";
  private static final Pattern LINK =
      Pattern.compile("/docs/(resources|data-sources)/([a-z0-9_]+)#([a-z0-9_]+)");

  /** An argument or nested block. */
  record Property(String name, boolean required, Optional<String> block) {}

  /** A resource, data source or nested block: its properties by Terraform name. */
  record Type(Map<String, Property> properties) {}

  private static ProviderSchema loaded;

  /** resource type ({@code aws_instance}) to its schema; data sources likewise. */
  final Map<String, Type> resources = new HashMap<>();

  final Map<String, Type> dataSources = new HashMap<>();

  /** Nested block structs by jsii fqn. */
  final Map<String, Type> blocks = new HashMap<>();

  private ProviderSchema() {}

  /** The schema, read once per test run (the assembly is 130 MB of JSON). */
  static synchronized ProviderSchema get() {
    if (loaded == null) {
      loaded = read();
    }
    return loaded;
  }

  private static ProviderSchema read() {
    try (InputStream raw = ProviderSchema.class.getResourceAsStream(TARBALL)) {
      if (raw == null) {
        throw new IllegalStateException("the cdktf-provider-aws jar is not on the test classpath");
      }
      TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(raw));
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        if (e.getName().equals("package/.jsii")) {
          ProviderSchema s = new ProviderSchema();
          s.parse(tar);
          return s;
        }
      }
      throw new IllegalStateException("no package/.jsii in " + TARBALL);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Streams the assembly's "types" object, keeping only the provider's data types (structs). */
  private void parse(InputStream in) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonParser p = new JsonFactory().setCodec(mapper).createParser(in);
    p.nextToken();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (!field.equals("types")) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String fqn = p.currentName();
        p.nextToken();
        if (!fqn.startsWith(ASSEMBLY)) {
          p.skipChildren();
          continue;
        }
        JsonNode type = p.readValueAsTree();
        if (type.path("datatype").asBoolean()) {
          add(fqn, type);
        }
      }
    }
  }

  private void add(String fqn, JsonNode type) {
    Map<String, Property> props = new LinkedHashMap<>();
    String kind = null;
    String tfName = null;
    for (JsonNode prop : type.path("properties")) {
      String docs =
          prop.path("docs").path("summary").asText() + prop.path("docs").path("remarks").asText();
      Matcher m = LINK.matcher(docs);
      if (!m.find()) {
        continue;
      }
      kind = m.group(1);
      tfName = m.group(2);
      String name = m.group(3);
      props.put(
          name, new Property(name, !prop.path("optional").asBoolean(), block(prop.path("type"))));
    }
    blocks.put(fqn, new Type(props));
    // Resource and data source configurations extend the meta-arguments (count, for_each...); a
    // few are renamed (ConfigA) where a nested struct took the plain name.
    boolean config = type.path("interfaces").toString().contains("cdktf.TerraformMetaArguments");
    if (config && tfName != null) {
      (kind.equals("resources") ? resources : dataSources).put("aws_" + tfName, new Type(props));
    }
  }

  /** The struct fqn a property's type refers to (a nested block), if any. */
  private static Optional<String> block(JsonNode type) {
    if (type.has("fqn")) {
      String fqn = type.get("fqn").asText();
      return fqn.startsWith(ASSEMBLY) ? Optional.of(fqn) : Optional.empty();
    }
    for (JsonNode child : type) {
      Optional<String> b = block(child);
      if (b.isPresent()) {
        return b;
      }
    }
    return Optional.empty();
  }
}
