package org.migracode.talent.portal.search;

import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the search page that change one thing of the current search (add a facet, remove a
 * filter, go to a page), so facets, chips and paging work as plain links without JavaScript.
 * Every link but paging goes back to the first page.
 */
final class SearchLinks {

    private final String path;
    private final MultiValueMap<String, String> current;

    SearchLinks(String path, Map<String, String[]> parameters) {
        this.path = path;
        this.current = new LinkedMultiValueMap<>();
        parameters.forEach((name, values) -> {
            for (String v : values) {
                if (v != null && !v.isBlank() && !name.equals("lang")) {
                    current.add(name, v);
                }
            }
        });
    }

    /** The current search with {@code name=value} added (a repeatable filter such as a skill). */
    public String adding(String name, String value) {
        MultiValueMap<String, String> next = copyWithoutPage();
        if (!next.getOrDefault(name, List.of()).contains(value)) {
            next.add(name, value);
        }
        return build(next);
    }

    /** The current search with {@code name} set to {@code value} (a single-valued filter). */
    public String setting(String name, String value) {
        MultiValueMap<String, String> next = copyWithoutPage();
        next.put(name, List.of(value));
        return build(next);
    }

    /** The current search without {@code name=value}. */
    public String removing(String name, String value) {
        MultiValueMap<String, String> next = copyWithoutPage();
        List<String> values = next.get(name);
        if (values != null) {
            values.remove(value);
            if (values.isEmpty()) {
                next.remove(name);
            }
        }
        return build(next);
    }

    /** The current search on another page. */
    public String page(int number) {
        MultiValueMap<String, String> next = copyWithoutPage();
        if (number > 0) {
            next.put("page", List.of(Integer.toString(number)));
        }
        return build(next);
    }

    /** The values of a parameter in the current search. */
    public List<String> values(String name) {
        return current.getOrDefault(name, List.of());
    }

    private MultiValueMap<String, String> copyWithoutPage() {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        current.forEach((k, v) -> copy.put(k, new java.util.ArrayList<>(v)));
        copy.remove("page");
        return copy;
    }

    private String build(MultiValueMap<String, String> params) {
        return UriComponentsBuilder.fromPath(path).queryParams(params).encode().build().toUriString();
    }
}
