package vn.congxa.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;

/** Reads a text file the way every source of the repository is read. */
public final class TextFile {

    private TextFile() {
    }

    /**
     * Strict UTF-8 (a bad byte is a finding on its line); a byte-order mark and CRLF line ends are accepted and
     * removed; the text is normalised to NFC so that the sites and their search see one form of each letter.
     */
    public static Optional<String> read(Path file, String repoPath, List<Finding> findings) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            findings.add(Finding.error(repoPath, 0, "unreadable", Message.of("content.unreadable", String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(input, decoded, true);
        if (result.isError()) {
            findings.add(Finding.error(repoPath, lineAt(bytes, input.position()), "encoding", Message.of("content.not-utf8")));
            return Optional.empty();
        }
        String text = decoded.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
