package id.jejak.query.directory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as the directory compares it: letters without their accents and case, white space collapsed — "Sitï
 * NURHALIZA" and "siti  nurhaliza" are one name. Done in Java, for the projected column and the searched text alike,
 * since PostgreSQL's unaccent is an extension an installation may not have.
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    static String of(String text) {
        String letters = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return SPACES.matcher(letters.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
