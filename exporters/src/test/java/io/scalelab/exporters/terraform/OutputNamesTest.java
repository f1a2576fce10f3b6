package io.scalelab.exporters.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import io.scalelab.model.component.Database;
import io.scalelab.model.region.Region;
import org.junit.jupiter.api.Test;

/**
 * The output naming rule as docs/export.md states it, and the designs whose names would collide in
 * Terraform (which refuses two outputs of one name).
 */
class OutputNamesTest {

  private static Design design(String components, String connections) throws Exception {
    return Designs.parse(
        """
        scalelab: 1
        name: names
        regions: [eu-west-1, us-east-1]
        workload: {users: 1000, requestsPerUserPerSecond: 0.1}
        components:
          - {id: users, type: users, region: eu-west-1}
          - id: app
            type: service
            platform: lambda
            region: eu-west-1
            serviceTime: {distribution: exponential, mean: 10ms}
        %s
        connections:
          - {from: users, to: app}
        %s
        """
            .formatted(components, connections),
        "names.yaml",
        false);
  }

  @Test
  void theNameIsTheIdInLowerCaseWithOtherCharactersAsUnderscoreAndWhatItHolds() throws Exception {
    Design d =
        design(
            """
              - {id: Jobs.EU-1, type: queue, region: eu-west-1}
              - id: Orders_DB
                type: database
                region: eu-west-1
                engine: postgres
                instanceClass: db.r6g.large
                readReplicas: [{region: eu-west-1}, {region: us-east-1}]
            """,
            """
              - {from: app, to: Jobs.EU-1, mode: async}
              - {from: app, to: Orders_DB}
            """);
    assertThat(OutputNames.address(d, d.component("Jobs.EU-1").orElseThrow()))
        .contains("jobs_eu_1_queue_url");
    Database db = (Database) d.component("Orders_DB").orElseThrow();
    assertThat(OutputNames.address(d, db)).contains("orders_db_endpoint");
    assertThat(OutputNames.readerAddress(db, new Region("eu-west-1")))
        .contains("orders_db_reader_endpoint");
    assertThat(OutputNames.readerAddress(db, new Region("us-east-1")))
        .contains("orders_db_us_east_1_reader_endpoint");
    assertThat(OutputNames.address(d, d.component("app").orElseThrow()))
        .contains("app_function_name");
  }

  @Test
  void twoComponentsThatGiveOneOutputNameAreRefusedWithOneLine() throws Exception {
    Design d =
        design(
            """
              - {id: jobs-eu, type: queue, region: eu-west-1}
              - {id: jobs_eu, type: queue, region: eu-west-1}
            """,
            """
              - {from: app, to: jobs-eu, mode: async}
              - {from: app, to: jobs_eu, mode: async}
            """);
    assertThatThrownBy(() -> TerraformExport.generate(d, TerraformOptions.defaults()))
        .isInstanceOf(TerraformException.class)
        .hasMessageContaining("'jobs_eu_queue_url'")
        .hasMessageContaining("jobs-eu")
        .hasMessageContaining("jobs_eu")
        .hasMessageNotContaining("\n");
  }
}
