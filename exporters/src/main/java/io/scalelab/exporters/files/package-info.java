/**
 * Writing an export to disk: the generated files held in memory ({@link
 * io.scalelab.exporters.files.GeneratedFiles}), then written all or nothing, never over hand edits
 * ({@link io.scalelab.exporters.files.ExportDirectory}).
 */
package io.scalelab.exporters.files;
