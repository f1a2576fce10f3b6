/**
 * Cache content for the simulation: {@link io.scalelab.simulation.cache.KeyCache} holds the keys a
 * cache-aside cache (ElastiCache, a CloudFront edge, DAX) keeps under LRU or LFU eviction and a
 * TTL, and {@link io.scalelab.simulation.cache.ZipfKeys} draws the keys requests touch from the
 * design's Zipf popularity law. Both are primitive and allocation-free per operation, because they
 * run for every simulated request.
 */
package io.scalelab.simulation.cache;
