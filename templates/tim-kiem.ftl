<#ftl output_format="HTML" strip_whitespace=true>
<#-- The search page: the index (chi-muc.js) is built with the site and searched in the browser (assets/congxa.js),
     without tones and with d for đ; results can be narrowed to one section. -->
<#import "_layout.ftl" as layout>
<@layout.shell title="Tìm kiếm" scripts=["chi-muc.js"]>
<h1>Tìm kiếm</h1>
<form class="tim-kiem" data-tim-kiem role="search" action="index.html" method="get">
  <p>
    <label for="tu-khoa">Từ khóa (gõ có dấu hay không dấu đều được)</label>
    <input id="tu-khoa" name="q" type="search" autocomplete="off">
  </p>
  <p>
    <label for="chuyen-muc">Trong chuyên mục</label>
    <select id="chuyen-muc" name="chuyen-muc">
      <option value="">Tất cả chuyên mục</option>
      <#list menu as item><option value="${item.path}">${item.title}</option></#list>
    </select>
  </p>
  <p><button type="submit">Tìm</button></p>
</form>
<p class="phu" data-ket-qua-dem aria-live="polite"></p>
<ol class="ket-qua" data-ket-qua></ol>
<noscript><p>Trang tìm kiếm cần JavaScript. Bạn vẫn có thể tìm thông tin qua <a href="${page.root}so-do-cong.html">Sơ đồ cổng</a>.</p></noscript>
</@layout.shell>
