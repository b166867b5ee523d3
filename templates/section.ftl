<#ftl output_format="HTML" strip_whitespace=true>
<#import "_layout.ftl" as layout>
<#import "_bang.ftl" as bang>
<@layout.shell title=layout.heading()>
<h1>${layout.heading()}</h1>
<#if page.body??><div class="noi-dung"<@layout.lang/>>${page.body?no_esc}</div></#if>
<#if page.subsections?has_content>
<ul class="luoi">
  <#list page.subsections as sub><li><a href="${sub.href}">${sub.title}</a></li></#list>
</ul>
</#if>
<#if page.listing?has_content>
  <#if page.table??><@bang.table table=page.table items=page.listing/><#else><@layout.listing items=page.listing/></#if>
<#elseif !page.subsections?has_content>
<p>Chuyên mục chưa có bài.</p>
</#if>
<@layout.paging/>
<#if page.listing?has_content><p class="phu"><a href="feed.xml">Nhận tin mới của chuyên mục qua RSS</a></p></#if>
<#if page.section.basis??><p class="can-cu">Căn cứ: ${page.section.basis}</p></#if>
</@layout.shell>
