<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.shell title="" root="">
<h1>${layout.siteName}</h1>
<section>
  <h2>Thông tin mới đăng</h2>
  <@layout.listing items=published_posts[0..*8] root=""/>
</section>
<section>
  <h2>Các chuyên mục</h2>
  <ul class="luoi"><@layout.menu root=""/></ul>
</section>
</@layout.shell>
