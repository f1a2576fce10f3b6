/**
 * Quantities with units — durations, data sizes, rates, money — and their text form in design
 * files.
 */
package io.scalelab.model.unit;
