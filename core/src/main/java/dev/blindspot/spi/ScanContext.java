package dev.blindspot.spi;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a detector sees of one scan: the original text, its language, and the views built from it,
 * each built at most once per scan and shared by every detector that asks.
 *
 * <p>A context belongs to one scan on one thread; it is not thread-safe.
 */
public final class ScanContext {

  /** The language code used when the language of a text is unknown. */
  public static final String UNDETERMINED = "und";

  private final TextView original;
  private final String language;
  private final Map<ViewFactory, TextView> views = new IdentityHashMap<>();

  private ScanContext(TextView original, String language) {
    this.original = original;
    this.language = language;
  }

  /**
   * Creates a context, as the scanner does for every text (and as tests of a detector may).
   *
   * @param text the text to scan
   * @param language lower-case ISO 639 code such as {@code "fr"}, or {@link #UNDETERMINED}
   * @return the context
   */
  public static ScanContext of(CharSequence text, String language) {
    return new ScanContext(
        TextView.of(Objects.requireNonNull(text, "text")), normalizeLanguage(language));
  }

  /**
   * Normalizes a language tag to its lower-case primary subtag: {@code "fr-CA"} becomes {@code
   * "fr"}; null or blank becomes {@link #UNDETERMINED}.
   *
   * @param language a BCP 47 tag, or null
   * @return the primary language subtag
   * @throws IllegalArgumentException if the tag does not start with 2 to 8 ASCII letters
   */
  public static String normalizeLanguage(String language) {
    if (language == null || language.isBlank()) {
      return UNDETERMINED;
    }
    String primary = language.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    if (!primary.matches("[a-z]{2,8}")) {
      throw new IllegalArgumentException(
          "language must be a BCP 47 tag such as 'en' or 'fr-CA' (" + language.length() + " chars given)");
    }
    return primary;
  }

  /**
   * Returns the text being scanned. It is personal data: never log it or put it in an exception.
   *
   * @return the original text
   */
  public CharSequence text() {
    return original.text();
  }

  /**
   * Returns the original text as a view, for detectors that handle views uniformly.
   *
   * @return the identity view
   */
  public TextView original() {
    return original;
  }

  /**
   * Returns the language of the text.
   *
   * @return a lower-case ISO 639 code, or {@link #UNDETERMINED}
   */
  public String language() {
    return language;
  }

  /**
   * Returns the view the factory builds for this text, building it on first use.
   *
   * @param factory the view's factory; views are cached by factory identity
   * @return the view
   */
  public TextView view(ViewFactory factory) {
    Objects.requireNonNull(factory, "factory");
    TextView view = views.get(factory);
    if (view == null) {
      view = Objects.requireNonNull(factory.create(original), "view factory returned null");
      views.put(factory, view);
    }
    return view;
  }

  /** Returns the length and language; never the text. */
  @Override
  public String toString() {
    return "ScanContext[length=" + original.length() + ", language=" + language + "]";
  }
}
