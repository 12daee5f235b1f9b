package org.routeforge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.routeforge.data.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns input problems (bad files, invalid values) into a one-paragraph message on stderr and exit
 * code 1, instead of a stack trace. Unexpected failures still print their trace, for bug reports.
 */
final class InputErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    if (ex instanceof InputException
        || ex instanceof IOException
        || ex instanceof UncheckedIOException
        || ex instanceof IllegalArgumentException) {
      cl.getErr().println("error: " + ex.getMessage());
      return RouteForgeCli.EXIT_INVALID_INPUT;
    }
    cl.getErr().println("internal error: " + ex);
    ex.printStackTrace(cl.getErr());
    return RouteForgeCli.EXIT_INVALID_INPUT;
  }
}
