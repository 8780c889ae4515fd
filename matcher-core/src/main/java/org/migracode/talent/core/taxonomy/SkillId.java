package org.migracode.talent.core.taxonomy;

import java.util.regex.Pattern;

/**
 * The canonical identifier of a skill in the taxonomy: lowercase ASCII letters, digits and
 * {@code . + # -}, for example {@code javascript}, {@code nodejs}, {@code spring-boot}.
 */
public record SkillId(String value) implements Comparable<SkillId> {

    private static final Pattern VALID = Pattern.compile("[a-z0-9.+#-]+");

    public SkillId {
        if (value == null) {
            throw new IllegalArgumentException("skill id must not be null");
        }
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("skill id must match [a-z0-9.+#-]+, got '" + value + "'");
        }
    }

    public static SkillId of(String value) {
        return new SkillId(value);
    }

    @Override
    public int compareTo(SkillId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
