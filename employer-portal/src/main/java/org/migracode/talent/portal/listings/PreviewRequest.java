package org.migracode.talent.portal.listings;

import jakarta.validation.constraints.Size;

/** The text of a listing (saved or not) whose skills a recruiter wants to see before saving. */
record PreviewRequest(
        @Size(max = 200, message = "title must be at most 200 characters") String title,
        @Size(max = 20_000, message = "description must be at most 20000 characters") String description) {
}
