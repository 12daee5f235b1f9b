package org.routeforge.data.io;

import org.routeforge.data.model.Instance;

/**
 * An instance together with where its parts were read, for validation messages that name the line
 * (or JSON pointer) of the offending field.
 *
 * @param instance the instance
 * @param where source positions of its stops, vehicles and matrix
 */
public record ParsedInstance(Instance instance, SourceMap where) {}
