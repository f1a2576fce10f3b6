/** AWS regions and availability zones. */
package io.scalelab.model.region;
