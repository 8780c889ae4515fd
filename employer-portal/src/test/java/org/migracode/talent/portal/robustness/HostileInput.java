package org.migracode.talent.portal.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code robustness/hostile-inputs.txt}: a category, a name and the value, either as
 * text ({@link #text}, may hold NUL and lone surrogates) or, for {@code \xHH} escapes, as raw
 * bytes that need not be UTF-8 ({@link #text} is then null).
 */
record HostileInput(String category, String name, String text, byte[] bytes) {

    static final String RESOURCE = "robustness/hostile-inputs.txt";

    /** The value as bytes on the wire: UTF-8 of the text (a lone surrogate becomes '?'), or the raw bytes. */
    byte[] wire() {
        return text != null ? text.getBytes(StandardCharsets.UTF_8) : bytes;
    }

    /** The value as a Java string: the text, or the raw bytes decoded leniently. */
    String lenient() {
        return text != null ? text : new String(bytes, StandardCharsets.UTF_8);
    }

    boolean isBody() {
        return category.equals("body");
    }

    boolean isContentType() {
        return category.equals("ctype");
    }

    @Override
    public String toString() {
        return category + "/" + name;
    }

    static List<HostileInput> load() throws IOException {
        List<HostileInput> inputs = new ArrayList<>();
        try (InputStream in = HostileInput.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n", -1)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" \\| ", 3);
                if (parts.length < 2) {
                    throw new IllegalStateException("bad corpus line: " + line);
                }
                inputs.add(parse(parts[0].strip(), parts[1].strip(), parts.length == 3 ? parts[2] : ""));
            }
        }
        return inputs;
    }

    static HostileInput parse(String category, String name, String raw) {
        String expanded = repeat(raw);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        boolean binary = false;
        for (int i = 0; i < expanded.length(); i++) {
            char c = expanded.charAt(i);
            if (c == '\\' && i + 1 < expanded.length()) {
                char e = expanded.charAt(i + 1);
                switch (e) {
                    case 'n' -> { text.append('\n'); i++; continue; }
                    case 'r' -> { text.append('\r'); i++; continue; }
                    case 't' -> { text.append('\t'); i++; continue; }
                    case '\\' -> { text.append('\\'); i++; continue; }
                    case 'u' -> {
                        text.append((char) Integer.parseInt(expanded.substring(i + 2, i + 6), 16));
                        i += 5;
                        continue;
                    }
                    case 'x' -> {
                        flush(text, bytes);
                        bytes.write(Integer.parseInt(expanded.substring(i + 2, i + 4), 16));
                        binary = true;
                        i += 3;
                        continue;
                    }
                    default -> { }
                }
            }
            text.append(c);
        }
        if (!binary) {
            return new HostileInput(category, name, text.toString(), null);
        }
        flush(text, bytes);
        return new HostileInput(category, name, null, bytes.toByteArray());
    }

    private static void flush(StringBuilder text, ByteArrayOutputStream bytes) {
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }

    /** Expands {@code @repeat:N:unit} (unit up to the next '@' or the end; that '@' is dropped). */
    private static String repeat(String raw) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int start = raw.indexOf("@repeat:", at);
            if (start < 0) {
                out.append(raw, at, raw.length());
                return out.toString();
            }
            out.append(raw, at, start);
            int colon = raw.indexOf(':', start + 8);
            int n = Integer.parseInt(raw.substring(start + 8, colon));
            int end = raw.indexOf('@', colon + 1);
            String unit = raw.substring(colon + 1, end < 0 ? raw.length() : end);
            out.append(unit.repeat(n));
            at = end < 0 ? raw.length() : end + 1;
        }
    }
}
