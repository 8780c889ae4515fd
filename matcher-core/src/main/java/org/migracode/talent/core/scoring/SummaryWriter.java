package org.migracode.talent.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillLabels;

/** Writes {@link MatchExplanation#summary(Locale)} from phrase tables in English, Spanish and Catalan. */
final class SummaryWriter {

    record Phrases(
            String noRequired, String matches, String directly, String viaPortfolio, String viaCurriculum, String viaText,
            String impliedBy, String levelOf, String missing, String meets, String required, String notStated,
            String lateAfterStart, String lateFromToday, String onTime, String availableNow, String availabilityUnknown,
            String day, String days, String locationPartial, String otherType, Map<String, String> languageNames) {

        static Phrases forLocale(Locale locale) {
            String lang = locale == null ? "en" : locale.getLanguage();
            return switch (lang) {
                case "es" -> ES;
                case "ca" -> CA;
                default -> EN;
            };
        }
    }

    static final Phrases EN = new Phrases(
            "The listing names no required skills.", "Matches %d of %d required skills", "directly",
            "through portfolio projects", "through the curriculum", "named in their own text", "%s implied by %s", "%s (level %d of %d)",
            "Missing: %s.", "%s %s meets %s", "%s %s, %s required", "%s not stated, %s required",
            "Available %d %s after the start date.", "Available in %d %s.", "Available by the start date.",
            "Available now.", "Availability not stated.", "day", "days",
            "Location or remote preference fits only partly.", "Looks for another type of listing.",
            Map.ofEntries(Map.entry("en", "English"), Map.entry("es", "Spanish"), Map.entry("ca", "Catalan"),
                    Map.entry("fr", "French"), Map.entry("de", "German"), Map.entry("it", "Italian"),
                    Map.entry("pt", "Portuguese"), Map.entry("ar", "Arabic"), Map.entry("ru", "Russian"),
                    Map.entry("uk", "Ukrainian"), Map.entry("zh", "Chinese"), Map.entry("ur", "Urdu")));
    static final Phrases ES = new Phrases(
            "La oferta no indica habilidades requeridas.", "Cumple %d de %d habilidades requeridas", "directamente",
            "en proyectos del portafolio", "por el currículo", "mencionadas en su propio texto", "%s implícita por %s", "%s (nivel %d de %d)",
            "Falta: %s.", "%s %s cumple %s", "%s %s, se pide %s", "%s no indicado, se pide %s",
            "Disponible %d %s después de la fecha de inicio.", "Disponible dentro de %d %s.",
            "Disponible para la fecha de inicio.", "Disponible ya.", "Disponibilidad no indicada.", "día", "días",
            "La ubicación o la preferencia de teletrabajo encaja solo en parte.", "Busca otro tipo de oferta.",
            Map.ofEntries(Map.entry("en", "inglés"), Map.entry("es", "español"), Map.entry("ca", "catalán"),
                    Map.entry("fr", "francés"), Map.entry("de", "alemán"), Map.entry("it", "italiano"),
                    Map.entry("pt", "portugués"), Map.entry("ar", "árabe"), Map.entry("ru", "ruso"),
                    Map.entry("uk", "ucraniano"), Map.entry("zh", "chino"), Map.entry("ur", "urdu")));
    static final Phrases CA = new Phrases(
            "L'oferta no indica habilitats requerides.", "Compleix %d de %d habilitats requerides", "directament",
            "en projectes del portafoli", "pel currículum", "esmentades en el seu propi text", "%s implícita per %s", "%s (nivell %d de %d)",
            "Falta: %s.", "%s %s compleix %s", "%s %s, es demana %s", "%s no indicat, es demana %s",
            "Disponible %d %s després de la data d'inici.", "Disponible d'aquí a %d %s.",
            "Disponible per a la data d'inici.", "Disponible ja.", "Disponibilitat no indicada.", "dia", "dies",
            "La ubicació o la preferència de teletreball encaixa només en part.", "Busca un altre tipus d'oferta.",
            Map.ofEntries(Map.entry("en", "anglès"), Map.entry("es", "castellà"), Map.entry("ca", "català"),
                    Map.entry("fr", "francès"), Map.entry("de", "alemany"), Map.entry("it", "italià"),
                    Map.entry("pt", "portuguès"), Map.entry("ar", "àrab"), Map.entry("ru", "rus"),
                    Map.entry("uk", "ucraïnès"), Map.entry("zh", "xinès"), Map.entry("ur", "urdú")));

    private final Phrases p;
    private final Locale locale;
    private final Map<SkillId, SkillLabels> labels;

    SummaryWriter(Phrases phrases, Locale locale, Map<SkillId, SkillLabels> labels) {
        this.p = phrases;
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.labels = labels;
    }

    String write(MatchExplanation e) {
        List<String> sentences = new ArrayList<>();
        int required = e.matchedSkills().size() + e.missingRequired().size();
        if (required == 0) {
            sentences.add(p.noRequired());
        } else {
            sentences.add(skillsSentence(e, required));
            if (!e.missingRequired().isEmpty()) {
                sentences.add(String.format(locale, p.missing(), join(e.missingRequired().stream().map(this::label).toList(), ", ")));
            }
        }
        if (!e.languages().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (LanguageFit l : e.languages()) {
                String name = p.languageNames().getOrDefault(l.code(), l.code().toUpperCase(Locale.ROOT));
                if (l.actual() == null) {
                    parts.add(String.format(locale, p.notStated(), name, l.required()));
                } else if (l.met()) {
                    parts.add(String.format(locale, p.meets(), name, l.actual(), l.required()));
                } else {
                    parts.add(String.format(locale, p.required(), name, l.actual(), l.required()));
                }
            }
            sentences.add(capitalise(join(parts, "; ")) + ".");
        }
        sentences.add(availabilitySentence(e.availability()));
        if (e.component(ComponentName.LOCATION).value() < 1.0) {
            sentences.add(p.locationPartial());
        }
        if (e.component(ComponentName.TYPE).value() == 0.0) {
            sentences.add(p.otherType());
        }
        ScoreComponent wording = e.component(ComponentName.SIMILAR_WORDING);
        if (wording.weight() > 0) {
            sentences.add(wordingSentence(WordingStrength.of(wording.value())));
        }
        return String.join(" ", sentences);
    }

    private String skillsSentence(MatchExplanation e, int required) {
        List<String> direct = new ArrayList<>();
        List<String> portfolio = new ArrayList<>();
        List<String> curriculum = new ArrayList<>();
        List<String> mentioned = new ArrayList<>();
        List<String> implied = new ArrayList<>();
        for (SkillMatch m : e.matchedSkills()) {
            String name = label(m.required());
            if (m.kind() == MatchKind.IMPLIED) {
                implied.add(String.format(locale, p.impliedBy(), name, label(m.via())));
                continue;
            }
            if (m.credit() < 1.0) {
                name = String.format(locale, p.levelOf(), name, m.level(), Math.round(m.level() / m.credit()));
            }
            switch (m.kind()) {
                case PORTFOLIO -> portfolio.add(name);
                case CURRICULUM -> curriculum.add(name);
                case MENTIONED -> mentioned.add(name);
                default -> direct.add(name);
            }
        }
        List<String> groups = new ArrayList<>();
        if (!direct.isEmpty()) {
            groups.add(join(direct, ", ") + " " + p.directly());
        }
        if (!portfolio.isEmpty()) {
            groups.add(join(portfolio, ", ") + " " + p.viaPortfolio());
        }
        if (!curriculum.isEmpty()) {
            groups.add(join(curriculum, ", ") + " " + p.viaCurriculum());
        }
        if (!mentioned.isEmpty()) {
            groups.add(join(mentioned, ", ") + " " + p.viaText());
        }
        if (!implied.isEmpty()) {
            groups.add(join(implied, ", "));
        }
        String head = String.format(locale, p.matches(), e.matchedSkills().size(), required);
        return groups.isEmpty() ? head + "." : head + " (" + join(groups, "; ") + ").";
    }

    /** The embedding channel in words: "Similar wording: strong." (EN, ES, CA). */
    String wordingSentence(WordingStrength strength) {
        String lang = locale.getLanguage();
        int i = strength.ordinal();
        return switch (lang) {
            case "es" -> "Redacción similar: " + new String[] {"alta", "media", "baja"}[i] + ".";
            case "ca" -> "Redacció similar: " + new String[] {"alta", "mitjana", "baixa"}[i] + ".";
            default -> "Similar wording: " + new String[] {"strong", "moderate", "weak"}[i] + ".";
        };
    }

    private String availabilitySentence(AvailabilityFit a) {
        if (!a.known()) {
            return p.availabilityUnknown();
        }
        if (a.gapDays() == 0) {
            return a.againstStartDate() ? p.onTime() : p.availableNow();
        }
        String unit = a.gapDays() == 1 ? p.day() : p.days();
        return String.format(locale, a.againstStartDate() ? p.lateAfterStart() : p.lateFromToday(), a.gapDays(), unit);
    }

    private String label(SkillId id) {
        SkillLabels l = labels.get(id);
        return l == null ? id.value() : l.forLocale(locale);
    }

    private static String join(List<String> parts, String sep) {
        return String.join(sep, parts);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
