package org.migracode.talent.portal.cvs;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.migracode.talent.portal.cvs.CvRefused.Reason;

/**
 * The text of a word-processing document's XML: DOCX ({@code word/document.xml}, WordprocessingML)
 * and ODT ({@code content.xml}, OpenDocument). Paragraphs and headings end a line; a link's target
 * follows its text in brackets, so links become visible text like a PDF's. The parser reads no
 * DTD and no external entity (XXE), and stops at {@value #MAX_CHARS} characters.
 */
final class OfficeXmlText {

    static final int MAX_CHARS = 200_000;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private OfficeXmlText() {
    }

    /** The text of {@code word/document.xml}; {@code rels} is {@code word/_rels/document.xml.rels} or null. */
    static String docx(byte[] documentXml, byte[] rels) {
        Map<String, String> links = rels == null ? Map.of() : relationships(rels);
        StringBuilder out = new StringBuilder();
        XMLStreamReader x = reader(documentXml);
        try {
            String pendingLink = null;
            while (x.hasNext() && out.length() < MAX_CHARS) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(x.getNamespaceURI())) {
                    switch (x.getLocalName()) {
                        case "t" -> out.append(x.getElementText());
                        case "tab" -> out.append('\t');
                        case "br", "cr" -> out.append('\n');
                        case "hyperlink" -> pendingLink = links.get(x.getAttributeValue(R, "id"));
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI())) {
                    if (x.getLocalName().equals("p")) {
                        out.append('\n');
                    } else if (x.getLocalName().equals("hyperlink") && pendingLink != null) {
                        appendLink(out, pendingLink);
                        pendingLink = null;
                    }
                }
            }
            return out.toString();
        } catch (XMLStreamException | RuntimeException e) {
            throw new CvRefused(Reason.MALFORMED, "the DOCX document's XML cannot be read", e);
        }
    }

    /** The text of an ODT's {@code content.xml}. */
    static String odt(byte[] contentXml) {
        StringBuilder out = new StringBuilder();
        XMLStreamReader x = reader(contentXml);
        try {
            java.util.ArrayDeque<String> openLinks = new java.util.ArrayDeque<>();
            while (x.hasNext() && out.length() < MAX_CHARS) {
                int event = x.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    out.append(x.getText());
                } else if (event == XMLStreamConstants.START_ELEMENT && TEXT.equals(x.getNamespaceURI())) {
                    switch (x.getLocalName()) {
                        case "tab" -> out.append('\t');
                        case "line-break" -> out.append('\n');
                        case "s" -> out.append(' ');
                        case "a" -> openLinks.push(String.valueOf(x.getAttributeValue(XLINK, "href")));
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && TEXT.equals(x.getNamespaceURI())) {
                    switch (x.getLocalName()) {
                        case "p", "h" -> out.append('\n');
                        case "a" -> appendLink(out, openLinks.isEmpty() ? null : openLinks.pop());
                        default -> { }
                    }
                }
            }
            return out.toString();
        } catch (XMLStreamException | RuntimeException e) {
            throw new CvRefused(Reason.MALFORMED, "the ODT document's XML cannot be read", e);
        }
    }

    private static void appendLink(StringBuilder out, String url) {
        if (url != null && (url.startsWith("http://") || url.startsWith("https://")) && out.indexOf(url) < 0) {
            out.append(" (").append(url).append(')');
        }
    }

    private static Map<String, String> relationships(byte[] rels) {
        Map<String, String> out = new HashMap<>();
        XMLStreamReader x = reader(rels);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")
                        && "External".equals(x.getAttributeValue(null, "TargetMode"))) {
                    out.put(x.getAttributeValue(null, "Id"), x.getAttributeValue(null, "Target"));
                }
            }
            return out;
        } catch (XMLStreamException | RuntimeException e) {
            return Map.of(); // links are a nicety; the text still reads
        }
    }

    private static XMLStreamReader reader(byte[] xml) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            return f.createXMLStreamReader(new ByteArrayInputStream(xml));
        } catch (XMLStreamException e) {
            throw new CvRefused(Reason.MALFORMED, "the document's XML cannot be read", e);
        }
    }
}
