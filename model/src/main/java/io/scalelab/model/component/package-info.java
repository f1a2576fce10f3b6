/**
 * The components of a design: a sealed family of records, one per AWS building block, each with its
 * settings, units and cited defaults.
 */
package io.scalelab.model.component;
