/**
 * Design files: parsing with line and column for every value, binding with every problem collected,
 * the cross-component checks, and atomic saving.
 */
package io.scalelab.model.file;
