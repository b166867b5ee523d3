package vn.congxa.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.congxa.content.Asset;
import vn.congxa.content.SourceTree;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.media.Pdf;
import vn.congxa.media.Pdfs;
import vn.congxa.media.Picture;
import vn.congxa.media.Pictures;

/**
 * The photos and PDFs of a tree as read ({@link Pictures#read}, {@link Pdfs#read}), by repository path: each file is
 * read once per build, and another check of the same files (a report's earlier period) reuses what was read.
 *
 * @param budget the image budget the photos were read under (bytes): a heavier photo is resized
 */
public record FilesRead(long budget, Map<String, Pictures.Reading> pictures, Map<String, Pdfs.Reading> pdfs) {

    public static final FilesRead NONE = new FilesRead(-1, Map.of(), Map.of());

    public FilesRead {
        pictures = Map.copyOf(pictures);
        pdfs = Map.copyOf(pdfs);
    }

    /** Reads the photos and PDFs of a tree, but for those {@code known} read already (photos under the same budget). */
    static FilesRead of(SourceTree tree, long budget, FilesRead known) {
        Map<String, Pictures.Reading> pictures = new LinkedHashMap<>();
        Map<String, Pdfs.Reading> pdfs = new LinkedHashMap<>();
        for (Asset asset : tree.assets()) {
            if (Pictures.isPhoto(asset.sitePath())) {
                Pictures.Reading read = known.budget() == budget ? known.pictures().get(asset.repoPath()) : null;
                pictures.put(asset.repoPath(), read != null ? read : Pictures.read(asset, budget));
            } else if (Pdfs.isPdf(asset.sitePath())) {
                Pdfs.Reading read = known.pdfs().get(asset.repoPath());
                pdfs.put(asset.repoPath(), read != null ? read : Pdfs.read(asset));
            }
        }
        return new FilesRead(budget, pictures, pdfs);
    }

    /**
     * What was wrong with the files, in the tree's order: a photo or a PDF that cannot be read or published is an
     * error; a PDF without text (a scan) is a warning.
     */
    void report(SourceTree tree, List<Finding> findings) {
        for (Asset asset : tree.assets()) {
            if (pictures.get(asset.repoPath()) instanceof Pictures.Refused refused) {
                findings.add(Finding.error(asset.repoPath(), 0, refused.rule(), refused.message()));
            } else if (pdfs.get(asset.repoPath()) instanceof Pdfs.Refused refused) {
                findings.add(Finding.error(asset.repoPath(), 0, refused.rule(), refused.message()));
            } else if (pdfs.get(asset.repoPath()) instanceof Pdfs.Read read && !read.pdf().hasText()) {
                findings.add(Finding.warning(asset.repoPath(), 0, "pdf-no-text", Message.of("pdf.no-text", read.pdf().pages())));
            }
        }
    }

    /** The photos that are published, by site path. */
    Map<String, Picture> publishedPictures(SourceTree tree) {
        Map<String, Picture> published = new LinkedHashMap<>();
        for (Asset asset : tree.assets()) {
            if (pictures.get(asset.repoPath()) instanceof Pictures.Read read) {
                published.put(asset.sitePath(), read.picture());
            }
        }
        return published;
    }

    /** The PDFs that are published, by site path. */
    Map<String, Pdf> publishedPdfs(SourceTree tree) {
        Map<String, Pdf> published = new LinkedHashMap<>();
        for (Asset asset : tree.assets()) {
            if (pdfs.get(asset.repoPath()) instanceof Pdfs.Read read) {
                published.put(asset.sitePath(), read.pdf());
            }
        }
        return published;
    }
}
