<#ftl output_format="HTML" strip_whitespace=true>
<#-- A question and its answer: the question first, as the citizen asked it. -->
<#import "_layout.ftl" as layout>
<@layout.shell title=page.title>
<article>
  <h1>${page.title}</h1>
  <@layout.tools/>
  <section class="cau-hoi" aria-labelledby="hoi">
    <h2 id="hoi">Câu hỏi</h2>
    <#list page.fields as field><#if field.key == "cau_hoi"><p>${field.value}</p></#if></#list>
    <p class="phu"><#list page.fields as field><#if field.key == "nguoi_hoi">${field.value}</#if><#if field.key == "ngay_hoi">, ngày ${field.value}</#if></#list></p>
  </section>
  <section aria-labelledby="tra-loi">
    <h2 id="tra-loi">Trả lời</h2>
    <#list page.fields as field><#if field.key == "nguoi_tra_loi"><p class="phu">${field.value}<#if page.date??>, ngày ${page.date}</#if></p></#if></#list>
    <div class="noi-dung">${page.body?no_esc}</div>
  </section>
</article>
<@layout.neighbours label="Câu hỏi khác"/>
</@layout.shell>
