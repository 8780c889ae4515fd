package org.migracode.talent.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightMarkupTests {

    @Test
    void escapesEverythingButTheMarks() {
        assertThat(HighlightMarkup.toHtml("<script>\uE000React\uE001</script> & \"x\" 'y'"))
                .isEqualTo("&lt;script&gt;<mark>React</mark>&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;");
    }

    @Test
    void marksStayBalancedWhateverTheTextContains() {
        assertThat(HighlightMarkup.toHtml("\uE001a\uE000b\uE000c")).isEqualTo("a<mark>bc</mark>");
    }
}
