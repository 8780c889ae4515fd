package org.migracode.talent.core.taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Forms of one or more terms, each with a value, and the longest form that starts at a given token
 * of a text: what {@code SkillExtractor} (skill names) and {@code OccupationVocabulary} (job
 * titles) both look up at every token, so the walk is written once.
 *
 * <p>A form is its terms joined by single spaces, as {@link TermTokenizer} writes them
 * ({@code "node js"}, {@code "desarrollador web"}). Only terms joined in the text
 * ({@link Token#joined()}: no line, bullet or sentence break before them) continue a form. The walk
 * follows the text's terms through a trie, one map lookup per term, and builds no string per step
 * (the string-keyed walk it replaced was about a tenth of a reindex's samples at 10,000
 * graduates).
 *
 * <p>Immutable once built, so safe to share between threads.
 *
 * @param <V> what a whole form stands for
 */
public final class TermTrie<V> {

    private final Node<V> root = new Node<>();

    private TermTrie() {
    }

    /** A trie of {@code forms}: each key a form (terms joined by single spaces), each value what it stands for. */
    public static <V> TermTrie<V> of(Map<String, V> forms) {
        TermTrie<V> trie = new TermTrie<>();
        for (Map.Entry<String, V> e : forms.entrySet()) {
            Node<V> node = trie.root;
            for (String term : e.getKey().split(" ")) {
                node = node.next.computeIfAbsent(term, k -> new Node<>());
            }
            node.value = Objects.requireNonNull(e.getValue(), () -> "no value for the form \"" + e.getKey() + "\"");
        }
        return trie;
    }

    /**
     * The longest form that starts at {@code tokens.get(from)}, or {@code null} when no form starts there.
     *
     * @param tokens a text's tokens ({@link TokenizedText#tokens()})
     * @param from the index of the form's first token
     */
    public Match<V> longestAt(List<Token> tokens, int from) {
        Node<V> node = root;
        V best = null;
        int bestEnd = -1;
        for (int j = from; j < tokens.size(); j++) {
            if (j > from && !tokens.get(j).joined()) {
                break;
            }
            node = node.next.get(tokens.get(j).term());
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = node.value;
                bestEnd = j + 1;
            }
        }
        return best == null ? null : new Match<>(best, from, bestEnd);
    }

    /**
     * A form found in a text: its value, and its tokens {@code [first, end)}.
     *
     * @param value what the form stands for
     * @param first the index of its first token
     * @param end the index after its last token
     */
    public record Match<V>(V value, int first, int end) {
    }

    /** A run of terms; {@code value} is set where the run is a whole form. */
    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        V value;
    }
}
