/**
 * The design as immutable values. {@link io.scalelab.model.Designs} is the front door: load, check
 * and save design files; {@link io.scalelab.model.Design} is the root value.
 */
package io.scalelab.model;
