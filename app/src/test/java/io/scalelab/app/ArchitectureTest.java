package io.scalelab.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The app is the only module allowed JavaFX, and within it the command line stays headless: {@code
 * scalelab validate} must run on a server with no display.
 */
@AnalyzeClasses(packages = "io.scalelab.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule commandLineNeedsNoDisplay =
      noClasses()
          .that()
          .resideInAPackage("io.scalelab.app.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..");
}
