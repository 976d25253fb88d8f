package dev.escalation.decision;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The temporary Slack channel's name (S2: Temporary Slack Channel): {@code #esc_} and the account name folded to
 * lower-case ASCII, accents stripped, every run of other characters turned into one {@code _}, {@code _} trimmed
 * from both ends, the whole cut to 80 characters.
 */
public final class ChannelNames {

    /** The prefix every escalation channel must start with, for the data retention policy. */
    public static final String PREFIX = "#esc_";

    /** The longest channel name, prefix included. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");

    private ChannelNames() {
    }

    /**
     * Folds a name: accents stripped, lower-cased, runs of anything but {@code a-z} and {@code 0-9} turned into one
     * {@code _}, {@code _} trimmed from both ends. Letters without an ASCII base (such as {@code ø} or CJK) count
     * as other characters.
     *
     * @param name any text
     * @return the folded text, possibly empty
     */
    public static String fold(String name) {
        String stripped = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String folded = OTHERS.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("_");
        int start = 0;
        int end = folded.length();
        while (start < end && folded.charAt(start) == '_') {
            start++;
        }
        while (end > start && folded.charAt(end - 1) == '_') {
            end--;
        }
        return folded.substring(start, end);
    }

    /**
     * @param accountName the customer's name
     * @return the suggested channel name, e.g. {@code #esc_acme_corp}; empty when the name folds to nothing
     */
    public static Optional<String> suggest(String accountName) {
        String folded = fold(accountName);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        String name = PREFIX + folded;
        return Optional.of(name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name);
    }

    /**
     * @param accountName the customer's name, already validated to fold to something
     * @return the suggested channel name
     * @throws IllegalArgumentException when the name folds to nothing
     */
    public static String suggestOrFail(String accountName) {
        return suggest(accountName).orElseThrow(
                () -> new IllegalArgumentException("account name folds to nothing: " + accountName));
    }
}
