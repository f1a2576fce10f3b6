/** The fault timeline: crashes, zone and region outages, cache flushes, lag spikes, slowdowns. */
package io.scalelab.model.fault;
