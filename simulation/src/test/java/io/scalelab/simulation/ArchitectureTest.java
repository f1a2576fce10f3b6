package io.scalelab.simulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one-way module rules of DESIGN.md as seen from {@code simulation}: it sees only the model;
 * phases, exporters and the app sit above it, and it has no UI.
 */
@AnalyzeClasses(
    packages = "io.scalelab.simulation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnlyOnModulesBelowIt =
      noClasses()
          .that()
          .resideInAPackage("io.scalelab.simulation..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.scalelab.phases..",
              "io.scalelab.exporters..",
              "io.scalelab.app..",
              "javafx..",
              "java.awt..",
              "javax.swing..")
          .allowEmptyShould(true);
}
