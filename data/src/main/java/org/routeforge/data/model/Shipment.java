package org.routeforge.data.model;

/**
 * A pickup–delivery pair: both stops on the same vehicle, the pickup before the delivery, and the
 * amount on board in between. Indices refer to {@link Instance#stops()}.
 *
 * @param pickup index of the pickup stop
 * @param delivery index of the delivery stop
 */
public record Shipment(int pickup, int delivery) {}
