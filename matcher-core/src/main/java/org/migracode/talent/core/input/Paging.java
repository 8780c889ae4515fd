package org.migracode.talent.core.input;

/**
 * The one paging rule of every paged list: page numbers from 0 to {@value #MAX_PAGE}, sizes from 1
 * to the list's own maximum. The upper bound keeps {@code page × size} far from overflowing an
 * {@code int} offset (a page of 2,147,483,647 was a 500) and nobody pages that far: narrow the
 * filter instead. APIs refuse a page out of range ({@link #of}); pages in the UI clamp it
 * ({@link #clamp}), as a typed URL should still show something.
 *
 * @param page zero-based page number
 * @param size entries per page
 */
public record Paging(int page, int size) {

    /** The highest page number any list accepts. */
    public static final int MAX_PAGE = 10_000;

    /**
     * A page within bounds.
     *
     * @throws InvalidInputException {@code page.negative}, {@code page.too-large} or {@code size.range}
     */
    public static Paging of(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidInputException("page.negative", "page must be 0 or more, got {0}", page);
        }
        if (page > MAX_PAGE) {
            throw new InvalidInputException("page.too-large", "page must be at most {0}, got {1}", MAX_PAGE, page);
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidInputException("size.range", "size must be between 1 and {0}, got {1}", maxSize, size);
        }
        return new Paging(page, size);
    }

    /** {@code page} moved into 0 … {@value #MAX_PAGE}, for pages that show the nearest page rather than an error. */
    public static int clamp(int page) {
        return Math.min(Math.max(0, page), MAX_PAGE);
    }

    /** The index of the page's first entry. */
    public long offset() {
        return (long) page * size;
    }
}
