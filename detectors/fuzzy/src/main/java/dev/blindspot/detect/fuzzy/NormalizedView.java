package dev.blindspot.detect.fuzzy;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.util.List;

/**
 * The shared base of every fuzzy detector: the original text with its encodings decoded and its
 * Unicode disguises undone, by composing the general-purpose views in this order:
 *
 * <ol>
 *   <li>{@link HtmlEntityView}: {@code &#64;} reads {@code '@'};
 *   <li>{@link UrlDecodeView}: {@code %40} reads {@code '@'};
 *   <li>{@link InvisibleCharsView}: zero-width chars, soft hyphens and bidi controls removed (also
 *       those that the decoders produced, such as {@code &shy;});
 *   <li>{@link UnicodeFoldView}: fullwidth forms, dashes, spaces, digits and homoglyphs folded to
 *       ASCII.
 * </ol>
 *
 * <p>Each step checks its own pre-filter and, when it has nothing to do, passes its input on
 * unchanged, so plain ASCII text costs four cheap passes and no allocation, and the result is the
 * original view itself. Detectors ask the scan context for it ({@code context.view(FACTORY)}), so
 * it is built once per scan and shared; each detector then builds its own value-specific view
 * ({@link ObfuscatedEmailView}, {@link DigitsView}) on top of it. Stateless and thread-safe.
 */
final class NormalizedView implements ViewFactory {

  /** The one factory, so that the view is shared within a scan. */
  static final NormalizedView FACTORY = new NormalizedView();

  /** The steps, in the order they are applied. */
  static final List<ViewFactory> STEPS =
      List.of(
          HtmlEntityView.FACTORY, UrlDecodeView.FACTORY, InvisibleCharsView.FACTORY,
          UnicodeFoldView.FACTORY);

  private NormalizedView() {}

  @Override
  public TextView create(TextView original) {
    TextView view = original;
    for (ViewFactory step : STEPS) {
      view = step.create(view);
    }
    return view;
  }

  /** Returns the steps; the factory holds no text. */
  @Override
  public String toString() {
    return "NormalizedView" + STEPS;
  }
}
