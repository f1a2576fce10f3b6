package io.scalelab.exporters.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credential sources of the AWS SDKs' standardized provider chain, checked without AWS. */
class AwsCredentialsTest {

  @TempDir Path home;

  private AwsCredentials in(Map<String, String> env) {
    return new AwsCredentials(env, home, home.resolve("no-dmi-vendor"));
  }

  @Test
  void nothingAnywhereIsNoCredentialsAndTheLineNamesWhatWasChecked() {
    AwsCredentials c = in(Map.of("PATH", "/usr/bin"));

    assertThat(c.source()).isEmpty();
    assertThat(c.missing())
        .contains("AWS_PROFILE")
        .contains(home.resolve(".aws/credentials").toString())
        .contains("aws sso login")
        .doesNotContain("\n");
  }

  @Test
  void eachEnvironmentVariableIsASource() {
    for (String name : AwsCredentials.ENVIRONMENT) {
      assertThat(in(Map.of(name, "x")).source()).contains("environment variable " + name);
    }
    assertThat(in(Map.of("AWS_PROFILE", " ")).source()).isEmpty();
  }

  @Test
  void aCredentialsFileWithAKeyIsASource() throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(
        home.resolve(".aws/credentials"),
        "[default]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = example\n");

    assertThat(in(Map.of()).source()).contains(home.resolve(".aws/credentials").toString());
  }

  @Test
  void aConfigWithOnlyARegionIsNotButOneWithSsoIs() throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Path config = home.resolve(".aws/config");
    Files.writeString(config, "[default]\nregion = eu-west-1\noutput = json\n");
    assertThat(in(Map.of()).source()).isEmpty();

    Files.writeString(
        config,
        "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\n"
            + "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n");
    assertThat(in(Map.of()).source()).contains(config.toString());
  }

  @Test
  void filesNamedByTheEnvironmentReplaceTheDefaultOnes() throws Exception {
    Path elsewhere = home.resolve("elsewhere.ini");
    Files.writeString(elsewhere, "[default]\ncredential_process = /usr/local/bin/creds\n");

    assertThat(in(Map.of("AWS_CONFIG_FILE", elsewhere.toString())).source())
        .contains(elsewhere.toString());
  }

  @Test
  void anEc2HostHasItsInstanceProfile() throws Exception {
    Path vendor = Files.writeString(home.resolve("sys_vendor"), "Amazon EC2\n");

    assertThat(new AwsCredentials(Map.of(), home, vendor).source())
        .hasValueSatisfying(s -> assertThat(s).contains("EC2 instance profile"));
  }
}
