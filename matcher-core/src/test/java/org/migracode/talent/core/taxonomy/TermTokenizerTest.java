package org.migracode.talent.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TermTokenizerTest {

    private static List<String> terms(String text) {
        return TermTokenizer.tokenize(text).stream().map(Token::term).toList();
    }

    @Test
    void keepsDotsInsideNamesAndDropsThem() {
        assertThat(terms("Node.js, Vue.JS and ASP.NET.")).containsExactly("nodejs", "vuejs", "and", "aspnet");
    }

    @Test
    void leadingDotOpensDotNet() {
        assertThat(terms("C# / .NET developer")).containsExactly("c#", ".net", "developer");
    }

    @Test
    void plusAndHashBelongToTheTermOnlyAsSuffix() {
        assertThat(terms("C++ and HTML+CSS")).containsExactly("c++", "and", "html", "css");
    }

    @Test
    void slashesHyphensAndApostrophesSeparate() {
        assertThat(terms("HTML5/CSS3 front-end desarrollador/a d'estil"))
                .containsExactly("html5", "css3", "front", "end", "desarrollador", "a", "d", "estil");
    }

    @Test
    void removesAccentsCaseAndCatalanMiddleDot() {
        assertThat(terms("ACCIÓN col·laboració Intel·ligència")).containsExactly("accion", "collaboracio", "intelligencia");
    }

    @Test
    void zeroWidthAndDirectionMarksDoNotSplitWords() {
        assertThat(terms("Re\u200Bact \u200FNode.js\uFEFF Java\u00ADScript")).containsExactly("react", "nodejs", "javascript");
        assertThat(terms("Ja\u200Dva")).containsExactly("java");
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "😀 Ünïcode React.js!";
        List<Token> tokens = TermTokenizer.tokenize(text);
        assertThat(tokens).hasSize(2);
        Token react = tokens.get(1);
        assertThat(text.substring(react.start(), react.end())).isEqualTo("React.js");
        assertThat(react.capitalised()).isTrue();
        assertThat(react.sentenceInitial()).isFalse();
    }

    @Test
    void marksSentenceLineAndListStarts() {
        List<Token> t = TermTokenizer.tokenize("Go. Go\n- go, go");
        assertThat(t).extracting(Token::sentenceInitial).containsExactly(true, true, true, false);
    }

    @Test
    void onlySpacesHyphensAndSlashesJoinTermsIntoOnePhrase() {
        List<Token> t = TermTokenizer.tokenize("CI/CD spring-boot, React. Redux\nGit");
        assertThat(t).extracting(Token::joined).containsExactly(false, true, true, true, false, false, false);
    }

    @Test
    void keyJoinsNormalisedTerms() {
        assertThat(TermTokenizer.key("  Spring-Boot ")).isEqualTo("spring boot");
        assertThat(TermTokenizer.key("React.js")).isEqualTo("reactjs");
        assertThat(TermTokenizer.key("?!")).isEmpty();
        assertThat(TermTokenizer.key(null)).isEmpty();
    }

    @Property(tries = 300)
    void neverThrowsAndSpansAreOrderedInsideTheText(@ForAll String text) {
        List<Token> tokens = TermTokenizer.tokenize(text);
        int last = 0;
        for (Token t : tokens) {
            assertThat(t.start()).isGreaterThanOrEqualTo(last);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            assertThat(t.term()).isNotEmpty();
            last = t.end();
        }
    }
}
