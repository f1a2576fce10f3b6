package io.scalelab.exporters;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one-way module rules of DESIGN.md as seen from {@code exporters}: it sees the model and
 * simulation results, never phases, the app or a UI toolkit.
 */
@AnalyzeClasses(
    packages = "io.scalelab.exporters",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnlyOnModulesBelowIt =
      noClasses()
          .that()
          .resideInAPackage("io.scalelab.exporters..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.scalelab.phases..",
              "io.scalelab.app..",
              "javafx..",
              "java.awt..",
              "javax.swing..")
          .allowEmptyShould(true);

  /**
   * The Kubernetes export names the Terraform outputs by the Terraform export's rule ({@code
   * OutputNames}); the Terraform export knows nothing of Kubernetes, so the two stay acyclic.
   */
  @ArchTest
  static final ArchRule terraformDoesNotDependOnKubernetes =
      noClasses()
          .that()
          .resideInAPackage("io.scalelab.exporters.terraform..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.scalelab.exporters.kubernetes..");
}
