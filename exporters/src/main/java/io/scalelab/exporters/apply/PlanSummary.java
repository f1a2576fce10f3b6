package io.scalelab.exporters.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * What a saved Terraform plan will do, read from {@code terraform show -json PLANFILE} (the JSON
 * output format, https://developer.hashicorp.com/terraform/internals/json-format), counted the way
 * Terraform counts in its own "Plan: N to add, N to change, N to destroy." line: a replacement is
 * one add and one destroy; reads and no-ops are not counted.
 *
 * @param changes every resource with an action other than no-op, in the plan's order
 * @param outputChanges how many root outputs change
 * @param applyable whether applying would change anything (Terraform's own verdict when it gives
 *     one)
 */
record PlanSummary(List<Change> changes, int outputChanges, boolean applyable) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One resource and what happens to it. */
  record Change(String address, String action, boolean importing) {

    /** The symbol Terraform prints before the address for this action. */
    String symbol() {
      return switch (action) {
        case "create" -> "+";
        case "delete" -> "-";
        case "update" -> "~";
        case "replace" -> "-/+";
        case "read" -> "<=";
        case "forget" -> ".";
        default -> " ";
      };
    }
  }

  PlanSummary {
    changes = List.copyOf(changes);
  }

  /** Parses the JSON plan; the message of a failure says what was wrong with it. */
  static PlanSummary parse(String json) throws ApplyException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw unreadable(e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw unreadable("not a JSON object");
    }
    List<Change> changes = new ArrayList<>();
    for (JsonNode rc : root.path("resource_changes")) {
      String action = action(rc.path("change").path("actions"));
      boolean importing = rc.path("change").has("importing");
      if (!action.equals("no-op") || importing) {
        changes.add(new Change(rc.path("address").asText("?"), action, importing));
      }
    }
    int outputs = 0;
    for (JsonNode oc : root.path("output_changes")) {
      outputs += action(oc.path("actions")).equals("no-op") ? 0 : 1;
    }
    boolean any = !changes.isEmpty() || outputs > 0;
    JsonNode verdict = root.get("applyable");
    return new PlanSummary(changes, outputs, verdict != null ? verdict.asBoolean() : any);
  }

  private static ApplyException unreadable(String why) {
    return new ApplyException(
        ApplyException.Reason.TOOL_FAILED,
        "terraform show -json gave a plan that cannot be read (" + why + "); nothing was applied",
        0);
  }

  /** Terraform's action list as one word: ["delete","create"] is a replacement. */
  private static String action(JsonNode actions) {
    List<String> list = new ArrayList<>();
    actions.forEach(a -> list.add(a.asText()));
    if (list.contains("create") && list.contains("delete")) {
      return "replace";
    }
    if (list.contains("forget") && list.contains("create")) {
      return "create";
    }
    return list.isEmpty() ? "no-op" : list.get(0);
  }

  private int count(String action) {
    return (int) changes.stream().filter(c -> c.action().equals(action)).count();
  }

  /** Terraform's summary line, e.g. "Plan: 2 to add, 0 to change, 0 to destroy." */
  String countsLine() {
    int replace = count("replace");
    int imports = (int) changes.stream().filter(Change::importing).count();
    int forget = count("forget");
    return "Plan: "
        + (imports > 0 ? imports + " to import, " : "")
        + (count("create") + replace)
        + " to add, "
        + count("update")
        + " to change, "
        + (count("delete") + replace)
        + " to destroy"
        + (forget > 0 ? ", " + forget + " to forget" : "")
        + ".";
  }

  /** The summary shown before asking: the counts line, then each address with its action. */
  String text() {
    StringBuilder b = new StringBuilder(countsLine());
    for (Change c : changes) {
      b.append("\n  ")
          .append(c.symbol())
          .append(' ')
          .append(c.address())
          .append(" (")
          .append(c.importing() && c.action().equals("no-op") ? "import" : c.action())
          .append(')');
    }
    if (outputChanges > 0) {
      b.append("\n  and ").append(outputChanges).append(" output value(s) change");
    }
    return b.toString();
  }
}
