package org.migracode.talent.portal.system;

import java.beans.PropertyEditorSupport;
import org.migracode.talent.core.input.TextRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one input-normalisation path: every string that enters through a JSON body (this Jackson
 * module) or a form, query or path parameter (the binder advice below) passes {@link TextRules},
 * so no feature has to remember to refuse NUL and other control characters, and PostgreSQL never
 * sees one (it refuses NUL with SQLSTATE 22021, which was a 500). A refusal is an
 * {@code InvalidInputException} ({@code text.control-characters}) naming the field; the problem
 * advice turns it into a 400 in the caller's language. CSV files are checked by the importer
 * before they are parsed, multipart file names by Tomcat (refused as 400 by the advice).
 */
@Configuration(proxyBeanMethods = false)
class TextInputConfiguration {

    /** Registered by Spring Boot with the application's JSON mapper. */
    @Bean
    JacksonModule textRulesModule() {
        SimpleModule module = new SimpleModule("talent-text-rules");
        module.addDeserializer(String.class, new CheckedStringDeserializer());
        return module;
    }

    /** Jackson's own string deserializer, then {@link TextRules}; the field is named by its JSON path. */
    static final class CheckedStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (TextRules.firstForbidden(value) >= 0) {
                TextRules.check(path(p.streamReadContext()), value);
            }
            return value;
        }

        /** {@code projects[0].title}: the path of the value being read. */
        static String path(TokenStreamContext context) {
            java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
            for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    segments.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
                } else if (c.currentName() != null) {
                    segments.push(c.currentName());
                }
            }
            StringBuilder path = new StringBuilder();
            for (String segment : segments) {
                path.append(path.isEmpty() || segment.startsWith("[") ? "" : ".").append(segment);
            }
            return path.isEmpty() ? "body" : path.toString();
        }
    }

    /** Every form, query and path parameter bound to a {@code String} by any controller. */
    @ControllerAdvice
    static class Binding {

        @InitBinder
        void textRules(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new CheckedStringEditor());
        }
    }

    /** Text as sent, once {@link TextRules} accepts it (a refusal becomes a type mismatch naming the parameter). */
    static final class CheckedStringEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(TextRules.check(null, text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
