package org.migracode.talent.portal.cvs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.migracode.talent.portal.cvs.CvRefused.Reason;

/**
 * Reads some entries of a ZIP held in memory (DOCX, ODT and LinkedIn exports are ZIPs), safe
 * against zip bombs and path tricks: at most {@value #MAX_ENTRIES} entries; at most
 * {@value #MAX_ENTRY_BYTES} bytes inflated per kept entry and {@value #MAX_TOTAL_BYTES} for the
 * whole archive, skipped entries included (so a bomb costs bounded time, not only bounded
 * memory); an entry name that is absolute, climbs with {@code ..}, uses a backslash or control
 * characters, or appears twice refuses the archive. Nothing is ever written to disk.
 */
final class ZipEntries {

    static final int MAX_ENTRIES = 1_000;
    static final int MAX_ENTRY_BYTES = 4 * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 40L * 1024 * 1024;

    private ZipEntries() {
    }

    /** True when the bytes start like a ZIP archive. */
    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * The entries whose name {@code wanted} accepts, by name, in archive order.
     *
     * @throws CvRefused MALFORMED for a broken or tricky archive, TOO_LARGE past the limits
     */
    static Map<String, byte[]> read(byte[] zip, Predicate<String> wanted) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new CvRefused(Reason.TOO_LARGE, "more than " + MAX_ENTRIES + " entries in the archive");
                }
                String name = e.getName();
                if (!safe(name) || !seen.add(name)) {
                    throw new CvRefused(Reason.MALFORMED, "unsafe or repeated entry name in the archive");
                }
                boolean keep = !e.isDirectory() && wanted.test(name);
                ByteArrayOutputStream data = keep ? new ByteArrayOutputStream() : null;
                long entryBytes = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    entryBytes += n;
                    total += n;
                    if (total > MAX_TOTAL_BYTES || (keep && entryBytes > MAX_ENTRY_BYTES)) {
                        throw new CvRefused(Reason.TOO_LARGE, "the archive inflates to more than the limit");
                    }
                    if (keep) {
                        data.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    out.put(name, data.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CvRefused(Reason.MALFORMED, "the archive cannot be read: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new CvRefused(Reason.MALFORMED, "the archive has no entries");
        }
        return out;
    }

    static boolean safe(String name) {
        if (name == null || name.isEmpty() || name.length() > 500 || name.startsWith("/") || name.contains("\\")
                || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return false;
            }
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The last part of an entry name ({@code export/Profile.csv} is {@code Profile.csv}). */
    static String baseName(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
