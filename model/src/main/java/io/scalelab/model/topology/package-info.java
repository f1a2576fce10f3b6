/** The topology: connections between components, the JGraphT graph they form, network overrides. */
package io.scalelab.model.topology;
