package vn.congxa.content;

import java.nio.file.Path;

/** A file that is copied as it is into the site: an attachment, an image. */
public record Asset(String repoPath, String sitePath, Path file, long size) {
}
