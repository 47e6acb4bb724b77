/**
 * The {@code blindspot.jar} command line: {@code scan} and {@code redact} over JSON lines or plain
 * text, with {@link dev.blindspot.examples.cli.BlindspotCli} as the entry point.
 *
 * <p>Everything but the entry point is package-private. Nothing here writes input text to standard
 * error: messages name the problem, the line and the byte, never the content.
 */
package dev.blindspot.examples.cli;
