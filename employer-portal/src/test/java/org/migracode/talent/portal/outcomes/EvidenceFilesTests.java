package org.migracode.talent.portal.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.outcomes.PlacementEvidence;

/** Evidence files are typed by their bytes and get a safe display name, whatever the upload claims. */
class EvidenceFilesTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};

    @Test
    void typesComeFromTheBytesAndTheExtensionFollows() {
        assertThat(EvidenceFiles.accept("offer.exe", PDF)).isEqualTo(new EvidenceFiles.Accepted("offer.pdf", "application/pdf"));
        assertThat(EvidenceFiles.accept("photo.pdf", PNG)).isEqualTo(new EvidenceFiles.Accepted("photo.png", "image/png"));
        assertThat(EvidenceFiles.accept("scan.jpeg", JPEG)).isEqualTo(new EvidenceFiles.Accepted("scan.jpg", "image/jpeg"));
        assertThat(EvidenceFiles.accept("Confirmación.txt", "¡Contratada! Empieza el lunes.".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new EvidenceFiles.Accepted("Confirmaci_n.txt", "text/plain"));
    }

    @Test
    void hostileNamesLoseTheirPathsAndSpecialCharacters() {
        assertThat(EvidenceFiles.accept("../../etc/passwd", PDF).fileName()).isEqualTo("passwd.pdf");
        assertThat(EvidenceFiles.accept("C:\\Windows\\system32\\evil.bat", PDF).fileName()).isEqualTo("evil.pdf");
        assertThat(EvidenceFiles.accept("..", PDF).fileName()).isEqualTo("evidence.pdf");
        assertThat(EvidenceFiles.accept("\"><script>alert(1)</script>.pdf", PDF).fileName()).doesNotContain("<", ">", "\"", "/");
        assertThat(EvidenceFiles.accept("a\r\nContent-Type: text/html.pdf", PDF).fileName()).doesNotContain("\r", "\n", " ");
        assertThat(EvidenceFiles.accept(null, PDF).fileName()).isEqualTo("evidence.pdf");
        assertThat(EvidenceFiles.accept("x".repeat(500) + ".pdf", PDF).fileName()).hasSizeLessThanOrEqualTo(100).endsWith(".pdf");
    }

    @Test
    void markupExecutablesBinariesAndEmptyOrHugeFilesAreRefused() {
        for (String markup : new String[] {"<html><script>alert(1)</script></html>", "  <svg onload=alert(1)/>",
                "\uFEFF<?xml version=\"1.0\"?><x/>"}) {
            assertThatThrownBy(() -> EvidenceFiles.accept("offer.txt", markup.getBytes(StandardCharsets.UTF_8)))
                    .hasMessage("outcomes.error.evidence.type");
        }
        assertThatThrownBy(() -> EvidenceFiles.accept("offer.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3}))
                .hasMessage("outcomes.error.evidence.type");
        assertThatThrownBy(() -> EvidenceFiles.accept("offer.txt", new byte[] {'h', 'i', 0, 'x'})).hasMessage("outcomes.error.evidence.type");
        assertThatThrownBy(() -> EvidenceFiles.accept("offer.txt", new byte[] {(byte) 0xc3, (byte) 0x28}))
                .hasMessage("outcomes.error.evidence.type");
        assertThatThrownBy(() -> EvidenceFiles.accept("offer.pdf", new byte[0])).hasMessage("outcomes.error.evidence.empty");
        byte[] huge = new byte[PlacementEvidence.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThatThrownBy(() -> EvidenceFiles.accept("offer.pdf", huge)).hasMessage("outcomes.error.evidence.tooLarge");
    }
}
