package org.migracode.talent.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TokenizedTextTest {

    /** Words and separators that move the tokenizer's rules: dots, suffixes, bullets, marks, zero-width characters. */
    private static final String[] PIECES = {"React", "Native", "Node.js", ".NET", "C#", "C++", "Go", "java", "Spring-Boot", "CI/CD",
        "col·laboració", "Acción", "e\u0301", "\u200Bword", "soft\u00ADhyphen", " ", "  ", ", ", ". ", "! ", "? ", ": ", "- ", "• ", "(", ")",
        "\"", "«", "¿", "/", "_", "'", "\t", "\r", "\n", "1.5", "+", "#", ".", "x.", "html+css", "Ñandú", "日本語", "\uD83D\uDE00"};

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> line = Arbitraries.of(PIECES).list().ofMaxSize(12).map(p -> String.join("", p));
        return line.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 2000)
    void everyRangeOfWholeLinesReadsAsIfTokenizedAlone(@ForAll("lines") List<String> lines) {
        String text = String.join("\n", lines);
        TokenizedText whole = TokenizedText.of(text);
        List<Integer> starts = new ArrayList<>();
        int offset = 0;
        for (String l : lines) {
            starts.add(offset);
            offset += l.length() + 1;
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i; j < lines.size(); j++) {
                int from = starts.get(i);
                int to = starts.get(j) + lines.get(j).length();
                String part = text.substring(from, to);
                assertThat(whole.line(from, to)).isEqualTo(new TokenizedText(part, TermTokenizer.tokenize(part)));
            }
        }
    }

    @Property(tries = 500)
    void anyOtherRangeIsTokenizedAgain(@ForAll("lines") List<String> lines, @ForAll int a, @ForAll int b) {
        String text = String.join("\n", lines);
        int from = Math.floorMod(a, text.length() + 1);
        int to = from + Math.floorMod(b, text.length() - from + 1);
        String part = text.substring(from, to);
        assertThat(TokenizedText.of(text).line(from, to)).isEqualTo(new TokenizedText(part, TermTokenizer.tokenize(part)));
    }

    @Test
    void aLineAfterAListItemStillOpensASentence() {
        TokenizedText whole = TokenizedText.of("Skills, React\n(Go and Docker)");
        TokenizedText second = whole.line(14, whole.text().length());
        assertThat(second.text()).isEqualTo("(Go and Docker)");
        assertThat(second.tokens().get(0)).isEqualTo(new Token("go", 1, 3, true, true, false));
    }

    @Test
    void nullIsEmptyAndRangesAreChecked() {
        assertThat(TokenizedText.of(null).isEmpty()).isTrue();
        assertThatThrownBy(() -> TokenizedText.of("abc").line(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
