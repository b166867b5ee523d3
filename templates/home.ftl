<#ftl output_format="HTML" strip_whitespace=true>
<#import "_layout.ftl" as layout>
<#import "_lien-he.ftl" as lienHe>
<@layout.shell title="">
<h1>${site.name}</h1>
<#if (site.overseer.publicServices)?? || site.duong_day_nong?? || site.rating??>
<section aria-labelledby="truy-cap-nhanh">
  <h2 id="truy-cap-nhanh">Truy cập nhanh</h2>
  <ul class="luoi truy-cap-nhanh">
    <#if (site.overseer.publicServices)??><li><a href="${site.overseer.publicServices}">Dịch vụ công trực tuyến <span class="phu">nộp hồ sơ, tra cứu kết quả</span></a></li></#if>
    <#if site.duong_day_nong??><li><a href="${lienHe.tel(site.duong_day_nong)}">Đường dây nóng <span class="phu">${site.duong_day_nong}</span></a></li></#if>
    <#if site.rating??><li><a href="#danh-gia-tieu-de">Đánh giá mức độ hài lòng <span class="phu">về thông tin trên cổng</span></a></li></#if>
  </ul>
</section>
</#if>
<#if page.body??><div class="noi-dung">${page.body?no_esc}</div></#if>
<#if thisWeek??>
<section aria-labelledby="lich-tuan">
  <h2 id="lich-tuan">Lịch công tác tuần này</h2>
  <p><a href="${thisWeek.href}">${thisWeek.title}</a></p>
  <@layout.tables tables=thisWeek.tables/>
</section>
</#if>
<#list blocks as block>
<section aria-labelledby="khoi-${block?index}">
  <h2 id="khoi-${block?index}"><a href="${block.href}">${block.title}</a></h2>
  <@layout.listing items=block.items/>
  <p><a href="${block.href}">Xem tất cả: ${block.title}</a></p>
</section>
</#list>
<section aria-labelledby="tin-moi">
  <h2 id="tin-moi">Thông tin mới đăng</h2>
  <#if page.listing?has_content>
  <@layout.listing items=page.listing showSection=true/>
  <#else>
  <p>Chưa có bài nào.</p>
  </#if>
</section>
<section aria-labelledby="chuyen-muc">
  <h2 id="chuyen-muc">Các chuyên mục</h2>
  <ul class="luoi">
    <#list menu as item><li><a href="${item.href}">${item.title}</a></li></#list>
  </ul>
</section>
</@layout.shell>
