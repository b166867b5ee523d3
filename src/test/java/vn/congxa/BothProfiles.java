package vn.congxa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The district of 2023 carried across the change of law of 1/7/2026: its three communes with both of the project's
 * profiles (Nghị định 42/2022 until 30/6/2026, the project's own {@code content/profiles/nd-224-2026.yml} from
 * 1/7/2026), the province as overseeing unit (domain and rating endpoint), and each commune at the portal address
 * the 2026 decree gives it ({@code <unit>.quangngai.gov.vn}). Its content is the 2023 district's, untouched: under
 * the 2026 profile the new sections are missing and thị trấn Châu Ổ is of a kind that no longer exists.
 */
public final class BothProfiles {

    public static final String PROFILE_2022 = "nd-42-2022-cap-xa";
    public static final String PROFILE_2026 = "nd-224-2026-cap-xa";

    private static final Map<String, String> HOSTS = Map.of(
            "binh-chau", "binhchau.quangngai.gov.vn", "binh-thanh", "binhthanh.quangngai.gov.vn", "chau-o", "chauo.quangngai.gov.vn");

    private static final String PROVINCE = """
            loai: tỉnh
            ten: Quảng Ngãi
            co_quan: Ủy ban nhân dân tỉnh Quảng Ngãi
            co_quan_giam_sat: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi
            co_quan_thi_dua: Sở Nội vụ tỉnh Quảng Ngãi
            ten_mien: quangngai.gov.vn
            cong_thong_tin: https://quangngai.gov.vn
            dia_chi_danh_gia: https://danhgia.quangngai.gov.vn/cong-xa
            """;

    private BothProfiles() {
    }

    public static TestRepo repo(Path dir) {
        TestRepo repo = TestRepo.district2023(dir);
        try {
            repo.write("content/profiles/nd-224-2026.yml",
                    Files.readString(Path.of("content/profiles/nd-224-2026.yml").toAbsolutePath(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        repo.write("content/don-vi-quan-ly.yml", PROVINCE);
        HOSTS.forEach((slug, host) -> {
            String config = "communes/" + slug + "/commune.yml";
            repo.write(config, repo.read(config).replaceAll("(?m)^dia_chi_web: .*$", "dia_chi_web: https://" + host));
        });
        return repo;
    }
}
