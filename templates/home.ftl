<#ftl output_format="HTML" strip_whitespace=true>
<#import "_layout.ftl" as layout>
<@layout.shell title="">
<h1>${site.name}</h1>
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
