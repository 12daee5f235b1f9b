package org.routeforge.data.model;

/**
 * A driver break that must start inside {@code window} and lasts {@code duration}.
 *
 * @param id identifier as given by the input
 * @param window when the break may start
 * @param duration break length
 */
public record DriverBreak(String id, TimeWindow window, double duration) {}
