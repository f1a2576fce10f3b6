/**
 * The AWS price catalogue: a dated list of products (service, product family, region, attributes)
 * and their prices (unit, USD, usage tiers, purchase option, effective date), modelled as Infracost
 * models the AWS Price List so that one lookup serves every service. A snapshot ships with
 * ScaleLab; {@link io.scalelab.simulation.price.PriceListRefresh} replaces it with current prices
 * from the AWS Price List API in the user's cache.
 */
package io.scalelab.simulation.price;
