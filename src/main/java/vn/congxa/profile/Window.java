package vn.congxa.profile;

/** The two date fields between which an item is open (a draft open for comments), named by its kind. */
public record Window(String from, String until) {
}
