package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.call;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.num;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.HclWriter;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HCL writer's layout is terraform fmt's, and its strings read back as written. */
class HclWriterTest {

  private static final String TRICKY = "say \"hi\" \\ path\ttab\nline ${not} %{not} $5 100%";

  private static Body sample() {
    return Body.builder()
        .comment("A comment\nover two lines.")
        .block(
            "resource",
            List.of("aws_thing", "x"),
            b -> {
              b.ref("for_each", "var.things");
              b.gap();
              b.attr("name", str(TRICKY));
              b.attr("a_much_longer_name", num(1.5));
              b.attr("flag", true);
              b.attr("items", list(str("a"), str("b")));
              b.attr(
                  "policy",
                  call(
                      "jsonencode",
                      ObjectBuilder.object()
                          .put("Version", "2012-10-17")
                          .put(
                              "Statement",
                              list(ObjectBuilder.object().put("Effect", "Allow").build()))
                          .build()));
              b.attr("short", 2);
              b.block("nested", n -> n.attr("value", "v"));
              b.attr(
                  "tags",
                  ObjectBuilder.object().put("Name", "n").put("scalelab:component", "c").build());
            })
        .build();
  }

  @Test
  void terraformFmtAgreesWithTheLayout(@TempDir Path dir) throws Exception {
    Path terraform = TerraformFmtTest.terraform();
    Assumptions.assumeTrue(terraform != null, "terraform is not on the PATH: fmt check skipped");
    Files.writeString(dir.resolve("main.tf"), HclWriter.file(sample()));
    TerraformFmtTest.Result r = TerraformFmtTest.run(terraform, dir, "fmt", "-check", "-diff");
    assertThat(r.exit()).as(r.output()).isZero();
  }

  @Test
  void misalignedTextIsWhatFmtWouldChange(@TempDir Path dir) throws Exception {
    Path terraform = TerraformFmtTest.terraform();
    Assumptions.assumeTrue(terraform != null, "terraform is not on the PATH: fmt check skipped");
    Files.writeString(dir.resolve("main.tf"), "x {\n  a = 1\n  bb = 2\n}\n");
    assertThat(TerraformFmtTest.run(terraform, dir, "fmt", "-check").exit()).isNotZero();
  }

  @Test
  void terraformReadsStringsBackExactlyAsGiven(@TempDir Path dir) throws Exception {
    Path terraform = TerraformFmtTest.terraform();
    Assumptions.assumeTrue(terraform != null, "terraform is not on the PATH: check skipped");
    Body locals = Body.builder().block("locals", b -> b.attr("x", str(TRICKY))).build();
    Files.writeString(dir.resolve("main.tf"), HclWriter.file(locals));
    // terraform console needs no provider; base64 keeps its output free of quoting.
    TerraformFmtTest.Result r =
        TerraformFmtTest.runWithInput(terraform, dir, "base64encode(local.x)\n", "console");
    String b64 = r.output().trim().replace("\"", "");
    assertThat(new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8))
        .isEqualTo(TRICKY);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anIndependentParserReadsTheStructureBack() throws Exception {
    Map<String, Object> parsed = new HCLParser().parse(HclWriter.file(sample()));
    Map<String, Object> x =
        (Map<String, Object>)
            ((Map<String, Object>) ((Map<String, Object>) parsed.get("resource")).get("aws_thing"))
                .get("x");
    assertThat(x.get("items")).isEqualTo(List.of("a", "b"));
    assertThat(x.get("flag")).isEqualTo(true);
    assertThat(x.get("short")).isEqualTo(2.0);
    assertThat((Map<String, Object>) x.get("nested")).containsEntry("value", "v");
    assertThat((Map<String, Object>) x.get("tags")).containsEntry("scalelab:component", "c");
  }

  @Test
  void theWriterRefusesWhatIsNotHcl() {
    assertThatThrownBy(() -> ref("var.x; rm -rf")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Expr.identifier("not an identifier"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> num(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
