package vn.congxa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of everything a commune's site is made from: its folder, the shared content and templates, the build's
 * settings, and congxa's own code. Two builds with the same digest write the same site, so an unchanged commune's site
 * is kept from the previous build rather than baked again.
 */
public final class Inputs {

    /** Kept in each built site's folder, beside its pages. */
    public static final String FILE = ".congxa-inputs.sha256";

    private final String shared;

    /** Digests what every commune shares once: {@code content/}, {@code templates/} and the code. */
    public Inputs(Path root) {
        MessageDigest digest = sha256();
        tree(digest, root, root.resolve("content"));
        tree(digest, root, root.resolve("templates"));
        code(digest);
        this.shared = HexFormat.of().formatHex(digest.digest());
    }

    /** @param settings what else the site depends on: the day it is built as of, the files' time, whether drafts show */
    public String of(Path root, String communeRepoPath, List<String> settings) {
        MessageDigest digest = sha256();
        digest.update(shared.getBytes(StandardCharsets.UTF_8));
        for (String setting : settings) {
            digest.update(setting.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        tree(digest, root, root.resolve(communeRepoPath));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every file's path and bytes, in a stable order. */
    private static void tree(MessageDigest digest, Path root, Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar congxa runs from (or its classes folder): a new version of congxa bakes everything again. */
    private static void code(MessageDigest digest) {
        try {
            Path code = Path.of(Inputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                tree(digest, code, code);
            } else {
                entries(digest, code);
            }
        } catch (URISyntaxException | IOException e) {
            // The code cannot be told apart from another version: a digest no later build shares, so nothing is reused.
            digest.update(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A jar's entries as its central directory lists them, each with its size and CRC-32: its content, read without
     * inflating a byte of it (hashing the whole jar took longer than baking the edited commune).
     */
    private static void entries(MessageDigest digest, Path jar) throws IOException {
        ByteBuffer numbers = ByteBuffer.allocate(2 * Long.BYTES);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(numbers.clear().putLong(entry.getCrc()).putLong(entry.getSize()).flip());
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
