package org.migracode.talent.portal.cvs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * CV files made in the test, in every format the portal reads (and some it must refuse): PDFs
 * written with PDFBox, DOCX and ODT written as the ZIP + XML they are, LinkedIn exports, and bad
 * files (password-protected, damaged, zip bombs, path tricks).
 */
public final class CvFixtures {

    private CvFixtures() {
    }

    /** An English CV. */
    static final List<String> ENGLISH = List.of(
            "Amina Haddad",
            "Junior Full-Stack Developer",
            "Profile",
            "I build web apps with React and Node.js. I like clean SQL.",
            "Projects",
            "Recipe finder: https://github.com/amina-example/recipes (React, Express)",
            "Languages",
            "English C1, Spanish B2, Arabic native");

    /** A Spanish CV. */
    static final List<String> SPANISH = List.of(
            "Carlos Pérez",
            "Desarrollador web",
            "Experiencia",
            "Prácticas en una agencia: maquetación con HTML y CSS, componentes en JavaScript.",
            "Idiomas",
            "Inglés: B2",
            "Castellano nativo",
            "Portafolio: https://carlos-example.dev/tienda");

    /** A Catalan CV. */
    static final List<String> CATALAN = List.of(
            "Marta Vila",
            "Programadora frontend",
            "Sobre mi",
            "Faig aplicacions amb Vue i TypeScript.",
            "Idiomes: Català nadiu; anglès B1.",
            "Projecte Mapa de bicis: https://github.com/marta-example/bicis");

    static byte[] txt(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** A one-page PDF of {@code lines} in Helvetica (WinAnsi covers the Spanish and Catalan accents). */
    public static byte[] pdf(List<String> lines) {
        return pdf(lines, null);
    }

    /** A one-page PDF of {@code lines}; with a user password when {@code password} is not null. */
    static byte[] pdf(List<String> lines, String password) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.newLineAtOffset(50, 740);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX of {@code lines}, one paragraph each; a line's URL is also a real hyperlink. */
    static byte[] docx(List<String> lines) {
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(xml(line)).append("</w:t></w:r></w:p>");
        }
        body.append("<w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>My portfolio</w:t></w:r></w:hyperlink></w:p>");
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body
                + "</w:body></w:document>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
                + "Target=\"https://portfolio.example.org/work\" TargetMode=\"External\"/></Relationships>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>";
        return zip(new Entry("[Content_Types].xml", types), new Entry("word/document.xml", document),
                new Entry("word/_rels/document.xml.rels", rels));
    }

    /** An ODT of {@code lines}, one paragraph each (the first a heading). */
    static byte[] odt(List<String> lines) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String tag = i == 0 ? "text:h" : "text:p";
            body.append('<').append(tag).append('>').append(xml(lines.get(i))).append("</").append(tag).append('>');
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        return zip(new Entry("mimetype", "application/vnd.oasis.opendocument.text", true), new Entry("content.xml", content),
                new Entry("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"));
    }

    /** A LinkedIn data export with a profile, a position, skills and languages. */
    static byte[] linkedIn() {
        return zip(
                new Entry("Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
                        + "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
                        + "Yusuf,Example,,Carrer Secret 1,\"Jan 1, 1990\",Frontend Developer,\"I love building accessible UIs.\","
                        + "Software,08001,Barcelona,,\"[PORTFOLIO:https://yusuf-example.dev]\",\n"),
                new Entry("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
                        + "Migracode,Student,\"Built a shop with React and PostgreSQL.\",Barcelona,Jan 2025,Jun 2025\n"),
                new Entry("Skills.csv", "Name\nTypeScript\nDocker\n"),
                new Entry("Languages.csv", "Name,Proficiency\nSpanish,Full professional proficiency\nEnglish,Native or bilingual proficiency\n"),
                new Entry("Connections.csv", "Notes:\nnothing we read\n"));
    }

    /** A ZIP whose one entry inflates to 60 MB of zeros (a few KB on the wire). */
    static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("Profile.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A LinkedIn-looking ZIP with an entry that climbs out of any folder. */
    static byte[] zipPathTrick() {
        return zip(new Entry("../../Profile.csv", "Headline\nx\n"), new Entry("Skills.csv", "Name\nReact\n"));
    }

    /** The start of an OLE2 file holding an encrypted Office document (what Word writes for a DOCX with a password). */
    static byte[] encryptedOffice() {
        byte[] bytes = new byte[2048];
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(header, 0, bytes, 0, header.length);
        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, bytes, 1024, name.length);
        return bytes;
    }

    /** A file that says it is a PDF and is not. */
    static byte[] damagedPdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%garbage without xref".getBytes(StandardCharsets.US_ASCII);
    }

    /** The first bytes of a PNG image. */
    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    }

    record Entry(String name, String content, boolean stored) {
        Entry(String name, String content) {
            this(name, content, false);
        }
    }

    static byte[] zip(Entry... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry e : entries) {
                byte[] data = e.content().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(e.name());
                if (e.stored()) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
