package org.migracode.talent.index.duplicates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds a person's name into keys that ignore accents, case, word order and the usual ways one
 * name is transliterated into Latin letters: "Nguyễn" and "Nguyen", "Mohammad", "Muhammad",
 * "Mohamed" and "Mohammed", "Youssef" and "Yusuf" each fold to the same key.
 *
 * <p>Each word becomes a skeleton: accents dropped ({@link Normalizer} NFD, then combining marks
 * removed; letters such as ø, ł, ß spelled out), sounds that transliterations write in several
 * ways made one (ph/f, ck/c/q/k, z/s, v/b, kh/h, ou/u), every run of vowels (and y, w inside a
 * word) one {@code a}, and doubled letters single. The vowel groups stay, so "Mahmoud"
 * ({@code mahmad}) and "Mohamed" ({@code mahamad}) remain apart. The cost is linear in the name.
 */
public final class NameFolding {

    private NameFolding() {
    }

    /** The word keys of {@code name}, sorted (word order does not matter); empty for a blank name. */
    public static List<String> keys(String name) {
        List<String> keys = new ArrayList<>();
        if (name == null) {
            return keys;
        }
        for (String word : plain(name).split("[^a-z]+")) {
            if (!word.isEmpty()) {
                keys.add(skeleton(word));
            }
        }
        keys.sort(null);
        return keys;
    }

    /** The key of the whole name written as one word, in its own order ("Al-Haddad" and "Alhaddad" agree). */
    public static String joined(String name) {
        return name == null ? "" : skeleton(plain(name).replace(" ", ""));
    }

    /** Lower-case ASCII letters and spaces: accents and marks removed, special letters spelled out. */
    static String plain(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ð", "d")
                .replace("æ", "ae").replace("œ", "oe").replace("þ", "th").replace("ı", "i");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replaceAll("[^a-z]+", " ").strip();
    }

    /** One word's transliteration-blind key (see the class comment). */
    static String skeleton(String word) {
        String w = word.replace("ph", "f").replace("kh", "h").replace("gh", "g").replace("dh", "d").replace("th", "t")
                .replace("sh", "x").replace("ch", "x").replace("ck", "k").replace("q", "k").replace("c", "k")
                .replace("z", "s").replace("v", "b").replace("ou", "u");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = "aeiou".indexOf(c) >= 0 || (i > 0 && (c == 'y' || c == 'w'));
            char mapped = vowel ? 'a' : c;
            if (out.length() == 0 || out.charAt(out.length() - 1) != mapped) {
                out.append(mapped);
            }
        }
        return out.toString();
    }
}
