package io.scalelab.phases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one-way module rules of DESIGN.md as seen from {@code phases}: it sees the model and the
 * simulation, never exporters, the app or a UI toolkit.
 */
@AnalyzeClasses(
    packages = "io.scalelab.phases",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnlyOnModulesBelowIt =
      noClasses()
          .that()
          .resideInAPackage("io.scalelab.phases..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.scalelab.exporters..",
              "io.scalelab.app..",
              "javafx..",
              "java.awt..",
              "javax.swing..")
          .allowEmptyShould(true);
}
