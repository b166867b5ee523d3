package vn.congxa.site;

/** A link inside one commune's site; {@code href} is relative to the site root, e.g. {@code van-ban/index.html}. */
public record Link(String title, String href) {
}
