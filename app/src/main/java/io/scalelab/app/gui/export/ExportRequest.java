package io.scalelab.app.gui.export;

import io.scalelab.model.Design;
import io.scalelab.simulation.result.CostReport;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the export dialog asks for.
 *
 * @param kind what to write
 * @param design the design to export (the editor's current valid one)
 * @param cost the last run's cost report, for the cost report kinds
 * @param kubernetes the Kubernetes settings
 * @param folder the folder to write into; where its Git repository is tells Argo CD where to sync
 *     from. Empty for a preview before a folder is chosen
 */
public record ExportRequest(
    ExportKind kind,
    Design design,
    Optional<CostReport> cost,
    KubernetesChoices kubernetes,
    Optional<Path> folder) {}
