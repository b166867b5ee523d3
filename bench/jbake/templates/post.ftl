<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign labels = {"hinh_thuc": "Hình thức văn bản", "so_ky_hieu": "Số ký hiệu", "co_quan_ban_hanh": "Cơ quan ban hành",
  "nguoi_ky": "Người ký", "ngay_ban_hanh": "Ngày ban hành", "trich_yeu": "Trích yếu", "hieu_luc": "Tình trạng hiệu lực",
  "ma_thu_tuc": "Mã thủ tục", "linh_vuc": "Lĩnh vực", "thoi_han": "Thời hạn giải quyết", "le_phi": "Phí, lệ phí",
  "co_quan_thuc_hien": "Cơ quan thực hiện", "dich_vu_cong": "Nộp hồ sơ trực tuyến", "nam": "Năm",
  "co_quan_soan_thao": "Cơ quan soạn thảo", "ngay_bat_dau": "Ngày bắt đầu lấy ý kiến", "ngay_ket_thuc": "Hạn góp ý",
  "cach_gop_y": "Cách gửi góp ý", "cau_hoi": "Câu hỏi", "nguoi_hoi": "Người hỏi", "ngay_hoi": "Ngày hỏi",
  "nguoi_tra_loi": "Người trả lời", "tuan": "Tuần", "chuc_vu": "Chức vụ", "dien_thoai": "Điện thoại", "email": "Thư điện tử",
  "tac_gia": "Tác giả"}>
<@layout.shell title=content.title root=content.rootpath crumbs=content.tags>
<article>
  <h1>${content.title}</h1>
  <p class="phu">Ngày đăng: <time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string("dd/MM/yyyy")}</time></p>
  <p class="cong-cu"><button type="button" data-in hidden>In</button> <a href="${content.rootpath}${content.uri}" download>Lưu</a></p>
  <#if content.summary??><p class="tom-tat">${content.summary}</p></#if>
  <table class="thuoc-tinh">
    <caption>Thông tin</caption>
    <tbody>
    <#list labels as key, label><#if content[key]??><tr><th scope="row">${label}</th><td>${content[key]}</td></tr></#if></#list>
    </tbody>
  </table>
  <div class="noi-dung">${content.body?no_esc}</div>
  <#if content.tep_dinh_kem??>
  <h2>Tệp đính kèm</h2>
  <ul class="dinh-kem"><li><a href="${content.rootpath}${content.tep_dinh_kem}" download>${content.tep_dinh_kem}</a></li></ul>
  </#if>
</article>
<#if content.previousContent?? || content.nextContent??>
<nav class="lien-ke" aria-label="Bài khác">
  <#if content.previousContent??><a rel="prev" href="${content.rootpath}${content.previousContent.uri}">← ${content.previousContent.title}</a></#if>
  <#if content.nextContent??><a rel="next" href="${content.rootpath}${content.nextContent.uri}">${content.nextContent.title} →</a></#if>
</nav>
</#if>
</@layout.shell>
