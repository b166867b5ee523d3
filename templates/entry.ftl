<#ftl output_format="HTML" strip_whitespace=true>
<#import "_layout.ftl" as layout>
<@layout.shell title=page.title>
<article>
  <h1<@layout.lang/>>${page.title}</h1>
  <#if page.date?? && !page.parts?has_content><p class="phu">Ngày đăng: <time datetime="${page.isoDate}">${page.date}</time></p></#if>
  <@layout.tools/>
  <#if page.window??><p><@layout.window window=page.window/></p></#if>
  <#if page.summary??><p class="tom-tat">${page.summary}</p></#if>
  <#if page.fields?has_content>
  <table class="thuoc-tinh">
    <caption>Thông tin</caption>
    <tbody>
      <#list page.fields as field>
      <tr><th scope="row">${field.label}</th><td><#if field.href??><a href="${field.href}">${field.value}</a><#else>${field.value}</#if></td></tr>
      </#list>
    </tbody>
  </table>
  </#if>
  <#if page.image??><figure class="anh"><img src="${page.image.src}"<#if page.image.srcset??> srcset="${page.image.srcset}" sizes="${page.image.sizes}"</#if><#if page.image.width??> width="${page.image.width}" height="${page.image.height}"</#if> alt="${page.image.alt}"></figure></#if>
  <@layout.tables tables=page.tables/>
  <#if page.parts?has_content>
  <#-- The parts the kind gives its page (a question, then its answer), each under its heading. -->
  <#list page.parts as part>
  <section class="${part.id}" aria-labelledby="${part.id}-tieu-de">
    <h2 id="${part.id}-tieu-de">${part.title}</h2>
    <#list part.paragraphs as paragraph><p>${paragraph}</p></#list>
    <#if part.byline?has_content><p class="phu"><#list part.byline as by><#if by.date>ngày </#if>${by.value}<#sep>, </#list></p></#if>
    <#if part.body><div class="noi-dung"<@layout.lang/>>${page.body?no_esc}</div></#if>
  </section>
  </#list>
  <#else>
  <div class="noi-dung"<@layout.lang/>>${page.body?no_esc}</div>
  </#if>
  <#if page.attachments?has_content>
  <h2>Tệp đính kèm</h2>
  <ul class="dinh-kem">
    <#list page.attachments as file><li><a href="${file.href}" download>${file.name}</a> <span class="phu">(${file.type}, <#if file.pages??>${file.pages} trang, </#if>${file.size})</span></li></#list>
  </ul>
  </#if>
  <@layout.tags/>
</article>
<@layout.neighbours label="Bài khác trong chuyên mục"/>
</@layout.shell>
