package vn.congxa.media;

/**
 * A PDF attachment as read once at check time: what its item's page says of it, and what the search index holds.
 *
 * @param pages how many pages it has
 * @param text  its text, spaces collapsed, at most {@link Pdfs#TEXT_CAP} characters; empty for a scan without a text layer
 */
public record Pdf(String sitePath, int pages, String text) {

    /** Whether it has text a reader can search, copy and have read aloud: a scan has only pictures of pages. */
    public boolean hasText() {
        return !text.isEmpty();
    }
}
