package io.scalelab.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one-way module rules of DESIGN.md as seen from {@code model}: it depends on no other module
 * and on no UI toolkit.
 */
@AnalyzeClasses(
    packages = "io.scalelab.model",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnlyOnModulesBelowIt =
      noClasses()
          .that()
          .resideInAPackage("io.scalelab.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.scalelab.simulation..",
              "io.scalelab.phases..",
              "io.scalelab.exporters..",
              "io.scalelab.app..",
              "javafx..",
              "java.awt..",
              "javax.swing..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule subpackagesAreFreeOfCycles =
      slices().matching("io.scalelab.model.(*)..").should().beFreeOfCycles();
}
