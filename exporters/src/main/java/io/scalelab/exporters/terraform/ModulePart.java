package io.scalelab.exporters.terraform;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.model.region.Region;

/**
 * One group of resources of the regional module: its file in {@code modules/region/}, the input
 * variables it declares there, its outputs, and the arguments each region's stamp passes it. The
 * module files are the same for every region: a region differs only in the arguments.
 */
interface ModulePart {

  /** The file name in the module, e.g. {@code network.tf}. */
  String file();

  /** Whether the design has anything of this group in any region. */
  boolean used(Plan plan);

  /** The module's {@code variable} blocks of this group. */
  Body variables(Plan plan);

  /** The module's resources and data sources of this group. */
  Body resources(Plan plan);

  /** The module's {@code output} blocks of this group; may be empty. */
  Body outputs(Plan plan);

  /** Adds this group's arguments to the module block of {@code region}'s stamp. */
  void inputs(Plan plan, Region region, Body.Builder module);
}
