<#-- The page shell, as congxa's templates/_layout.ftl: header, menu, breadcrumbs, footer. site.ftl (generated per
     commune) holds the commune's name and menu. -->
<#include "site.ftl">
<#macro shell title root crumbs=[]>
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<title><#if title?has_content>${title} – </#if>${siteName}</title>
<link rel="stylesheet" href="${root}assets/style.css">
<link rel="alternate" type="application/rss+xml" title="${siteName}" href="${root}${config.feed_file}">
<script src="${root}assets/congxa.js" defer></script>
</head>
<body>
<a class="bo-qua" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="dau-trang">
  <div class="khung">
    <p class="cap-tren">Ủy ban nhân dân huyện Bình Sơn</p>
    <p class="ten-co-quan"><a href="${root}index.html">${siteName}</a></p>
    <p class="ten-cong">Cổng thông tin điện tử</p>
  </div>
</header>
<nav class="menu" aria-label="Menu chính">
  <div class="khung">
    <ul id="menu-chinh">
      <li><a href="${root}index.html">Trang chủ</a></li>
      <@menu root=root/>
    </ul>
  </div>
</nav>
<#if title?has_content>
<nav class="duong-dan khung" aria-label="Đường dẫn">
  <ol>
    <li><a href="${root}index.html">Trang chủ</a></li>
    <#list crumbs as crumb><li><a href="${root}tags/${crumb}.html">${crumb}</a></li></#list>
    <li aria-current="page">${title}</li>
  </ol>
</nav>
</#if>
<main id="noi-dung" class="khung">
<#nested>
</main>
<footer class="chan-trang">
  <div class="khung">
    <p><strong>${siteName}</strong></p>
    <p>Thư điện tử: <a href="mailto:${siteEmail}">${siteEmail}</a></p>
    <ul class="lien-ket-chan">
      <li><a href="${root}${config.archive_file}">Lưu trữ</a></li>
      <li><a href="${root}${config.feed_file}">RSS</a></li>
    </ul>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- A list of items: title, number or position, date, summary; as congxa's listing macro. -->
<#macro listing items root>
<ul class="danh-sach">
  <#list items as item>
  <li>
    <a href="${root}${item.uri}">${item.title}</a>
    <#if item.so_ky_hieu??> <span class="so-hieu">${item.so_ky_hieu}</span></#if>
    <#if item.chuc_vu??> <span class="chuc-vu">${item.chuc_vu}</span></#if>
    <p class="phu"><time datetime="${item.date?string("yyyy-MM-dd")}">${item.date?string("dd/MM/yyyy")}</time></p>
    <#assign summary = item.summary!item.trich_yeu!"">
    <#if summary?has_content><p>${summary}</p></#if>
    <#if item.dich_vu_cong??><p><a href="${item.dich_vu_cong}">Nộp hồ sơ trực tuyến</a></p></#if>
  </li>
  </#list>
</ul>
</#macro>
