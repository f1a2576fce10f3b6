/** The {@code scalelab} command line (picocli): one class per subcommand over the core modules. */
package io.scalelab.app.cli;
