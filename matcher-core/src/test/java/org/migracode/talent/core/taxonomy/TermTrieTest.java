package org.migracode.talent.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TermTrieTest {

    private static final Map<String, String> FORMS = Map.of(
            "react", "REACT",
            "react native", "REACT_NATIVE",
            "machine", "MACHINE",
            "machine learning engineer", "ML_ENGINEER",
            "desarrollador web", "WEB_DEV");

    private static final TermTrie<String> TRIE = TermTrie.of(FORMS);

    private static int indexOf(List<Token> tokens, String term) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).term().equals(term)) {
                return i;
            }
        }
        throw new AssertionError(term + " not in " + tokens);
    }

    @Test
    void theLongestWholeFormWins() {
        List<Token> tokens = TokenizedText.of("I build apps in React Native every day").tokens();
        int at = indexOf(tokens, "react");
        assertThat(TRIE.longestAt(tokens, at)).isEqualTo(new TermTrie.Match<>("REACT_NATIVE", at, at + 2));
    }

    @Test
    void aFormCutShortFallsBackToTheLongestWholeOne() {
        // "machine learning" is only the start of a form: "machine" is the longest whole one
        List<Token> tokens = TokenizedText.of("machine learning researcher").tokens();
        assertThat(TRIE.longestAt(tokens, 0)).isEqualTo(new TermTrie.Match<>("MACHINE", 0, 1));
        List<Token> whole = TokenizedText.of("Machine Learning Engineer").tokens();
        assertThat(TRIE.longestAt(whole, 0)).isEqualTo(new TermTrie.Match<>("ML_ENGINEER", 0, 3));
    }

    @Test
    void aLineBreakEndsAForm() {
        List<Token> tokens = TokenizedText.of("React\nNative").tokens();
        assertThat(TRIE.longestAt(tokens, 0)).isEqualTo(new TermTrie.Match<>("REACT", 0, 1));
    }

    @Test
    void noFormStartsAtAWordThatStartsNone() {
        List<Token> tokens = TokenizedText.of("web desarrollador web").tokens();
        assertThat(TRIE.longestAt(tokens, 0)).isNull();
        assertThat(TRIE.longestAt(tokens, 1)).isEqualTo(new TermTrie.Match<>("WEB_DEV", 1, 3));
        assertThat(TRIE.longestAt(tokens, 2)).isNull();
        assertThat(TRIE.longestAt(tokens, 3)).isNull();
    }

    @Test
    void aFormWithoutValueIsRefused() {
        Map<String, String> forms = new HashMap<>();
        forms.put("react", null);
        assertThatThrownBy(() -> TermTrie.of(forms)).isInstanceOf(NullPointerException.class).hasMessageContaining("react");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("react", "React", "native", "machine", "learning", "engineer", "desarrollador", "web", "java", " ", " ",
                "\n", ". ", ", ", "• ").list().ofMaxSize(20).map(p -> String.join(" ", p));
    }

    /** At every token, the same answer as trying each run of joined terms as a string, longest first. */
    @Property(tries = 1000)
    void answersAsTheStringWalkItReplaced(@ForAll("texts") String text) {
        List<Token> tokens = TokenizedText.of(text).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(TRIE.longestAt(tokens, i)).as("at %d of %s", i, tokens).isEqualTo(byStrings(tokens, i));
        }
    }

    private static TermTrie.Match<String> byStrings(List<Token> tokens, int from) {
        int end = from + 1;
        while (end < tokens.size() && tokens.get(end).joined()) {
            end++;
        }
        for (int e = end; e > from; e--) {
            StringBuilder form = new StringBuilder(tokens.get(from).term());
            for (int k = from + 1; k < e; k++) {
                form.append(' ').append(tokens.get(k).term());
            }
            String value = FORMS.get(form.toString());
            if (value != null) {
                return new TermTrie.Match<>(value, from, e);
            }
        }
        return null;
    }
}
