/** The workload: users, request rates, key popularity, payloads, the daily curve and spikes. */
package io.scalelab.model.workload;
