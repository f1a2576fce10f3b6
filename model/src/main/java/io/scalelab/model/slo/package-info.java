/** Service-level objectives: latency percentile targets and availability. */
package io.scalelab.model.slo;
