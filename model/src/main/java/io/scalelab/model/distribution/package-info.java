/** Distributions of service and think times, with units, as written in design files. */
package io.scalelab.model.distribution;
