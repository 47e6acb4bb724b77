/**
 * Runnable examples of the Blindspot API: {@link dev.blindspot.examples.QuickStart} (scan and
 * redact a string) and {@link dev.blindspot.examples.RedactSupportChats} (redact a JSON-lines file
 * of support chats with pseudonyms that stay consistent within each conversation). They use only
 * the published artifacts; run them from {@code blindspot.jar} (see the module's README).
 */
package dev.blindspot.examples;
