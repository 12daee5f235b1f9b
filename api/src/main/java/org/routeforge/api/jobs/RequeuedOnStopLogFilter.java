package org.routeforge.api.jobs;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Logback filter (see {@code logback.xml}) that drops JobRunr's "processing failed" report when the
 * failure is a {@link RequeuedOnStop}: a graceful stop re-queues running jobs on purpose, and its log
 * should read as an orderly stop, not as a stack trace.
 */
public final class RequeuedOnStopLogFilter extends Filter<ILoggingEvent> {
  @Override
  public FilterReply decide(ILoggingEvent event) {
    IThrowableProxy t = event.getThrowableProxy();
    return t != null && RequeuedOnStop.class.getName().equals(t.getClassName()) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
