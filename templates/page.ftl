<#ftl output_format="HTML" strip_whitespace=true>
<#import "_layout.ftl" as layout>
<@layout.shell title=page.title>
<article>
  <h1>${page.title}</h1>
  <div class="noi-dung">${page.body?no_esc}</div>
  <@layout.tags/>
  <#if page.date??><p class="phu">Cập nhật: <time datetime="${page.isoDate}">${page.date}</time></p></#if>
</article>
</@layout.shell>
