<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page shell shared by every page of a commune's site: header, menu, breadcrumbs, footer. -->
<#import "_lien-he.ftl" as lienHe>
<#import "_chia-se.ftl" as chiaSe>
<#macro shell title scripts=[]>
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action ${site.formAction!"'self'"}">
<title><#if title?has_content>${title} – </#if>${site.name}</title>
<@chiaSe.head title=title/>
<link rel="stylesheet" href="${page.root}assets/style.css">
<link rel="stylesheet" href="${page.root}assets/mau-sac.css">
<#list page.alternates as feed>
<link rel="alternate" type="${feed.type}" title="${feed.title}" href="${feed.href}">
</#list>
<#list scripts as script><script src="${script}" defer></script></#list>
<#-- Metadata for search and for other portals (Nghị định 224/2026/NĐ-CP Điều 11 khoản 5): data, never run. -->
<script type="application/ld+json">${page.jsonLd?no_esc}</script>
<script src="${page.root}assets/congxa.js" defer></script>
</head>
<body>
<a class="bo-qua" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="dau-trang">
  <div class="khung">
    <#if site.logo??><img class="bieu-trung" src="${page.root}${site.logo}"<#if site.logoVariants??> srcset="<#list site.logoVariants as v>${page.root}${v.path} ${v.width}w<#sep>, </#list>" sizes="64px"</#if> alt="Biểu trưng của ${site.name}" width="64" height="64"></#if>
    <#if site.overseer??><p class="cap-tren"><a href="${site.overseer.portal}">${site.overseer.authority}</a></p><#else><p class="cap-tren">${site.don_vi_cap_tren!}</p></#if>
    <p class="ten-co-quan"><a href="${page.root}index.html">${site.name}</a></p>
    <p class="ten-cong">Cổng thông tin điện tử</p>
    <form class="o-tim" role="search" action="${page.root}tim-kiem/index.html" method="get">
      <label class="an" for="o-tim">Tìm kiếm trên cổng</label>
      <input id="o-tim" name="q" type="search" placeholder="Tìm kiếm…">
      <button type="submit">Tìm</button>
    </form>
  </div>
</header>
<#-- Without JavaScript the whole menu shows; with it, a phone shows a button that opens and closes it. -->
<nav class="menu" aria-label="Menu chính">
  <div class="khung">
    <button class="nut-menu" type="button" aria-expanded="false" aria-controls="menu-chinh" data-menu hidden>Menu</button>
    <ul id="menu-chinh">
      <li><a href="${page.root}index.html"<#if page.type == "home"> aria-current="page"</#if>>Trang chủ</a></li>
      <#list menu as item>
      <li><a href="${item.href}"<#if item.current> aria-current="page"</#if>>${item.title}</a></li>
      </#list>
    </ul>
  </div>
</nav>
<#if page.breadcrumbs?has_content || page.type == "entry" || page.type == "section">
<nav class="duong-dan khung" aria-label="Đường dẫn">
  <ol>
    <li><a href="${page.root}index.html">Trang chủ</a></li>
    <#list page.breadcrumbs as crumb><li><a href="${crumb.href}">${crumb.title}</a></li></#list>
    <li aria-current="page">${title}</li>
  </ol>
</nav>
</#if>
<#list banners as banner>
<div class="thong-bao-chung khung" role="note">
  <p><strong>Thông báo:</strong> <a href="${banner.href}">${banner.title}</a><#list banner.fields as field> · ${field.label}: ${field.value}</#list></p>
</div>
</#list>
<main id="noi-dung" class="khung">
<#if page.draft!false><p class="ban-nhap" role="note"><strong>Bản nháp</strong>: trang này chỉ hiện khi xem trước, chưa được đăng. Xóa dòng <code>draft: true</code> ở đầu tệp để đăng.</p></#if>
<#nested>
<@rating/>
</main>
<footer class="chan-trang">
  <div class="khung">
    <p><strong>${site.name}</strong></p>
    <p>Cơ quan chủ quản: ${site.co_quan_chu_quan!}</p>
    <p>Người chịu trách nhiệm: ${site.nguoi_chiu_trach_nhiem!}</p>
    <p>Địa chỉ: ${site.dia_chi!}</p>
    <p>Điện thoại: <a href="${lienHe.tel(site.dien_thoai!)}">${site.dien_thoai!}</a> · Thư điện tử: <a href="mailto:${site.email!}">${site.email!}</a></p>
    <ul class="lien-ket-chan">
      <li><a href="${page.root}so-do-cong.html">Sơ đồ cổng</a></li>
      <li><a href="${page.root}tim-kiem/index.html">Tìm kiếm</a></li>
      <li><a href="${page.root}feed.xml">RSS</a></li>
      <#list footerLinks as link><li><a href="${link.href}">${link.title}</a></li></#list>
    </ul>
    <#if site.overseer??><p>Cổng thông tin của ${site.name} là thành phần của <a href="${site.overseer.portal}">Cổng thông tin điện tử ${site.overseer.name}</a>.</p></#if>
    <p class="ho-so">Các chuyên mục theo: ${site.profile} (phiên bản ${site.profileVersion})</p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- The language of an item's own words when its section is not in Vietnamese (the English pages): the theme's
     labels around them stay Vietnamese. -->
<#macro lang><#if page.lang??> lang="${page.lang}"</#if></#macro>

<#-- "In" and "Lưu" for every item (Nghị định 42/2022/NĐ-CP, Điều 7 khoản 1); printing needs assets/congxa.js. -->
<#macro tools>
<p class="cong-cu">
  <button type="button" data-in hidden>In</button>
  <a href="${page.file}" download>Lưu</a>
</p>
</#macro>

<#-- An item's tags, each leading to the page of the items that carry it. -->
<#macro tags>
<#if page.tags?has_content><p class="phu tu-khoa">Từ khóa: <#list page.tags as tag><a href="${tag.href}" rel="tag">${tag.title}</a><#sep>, </#list></p></#if>
</#macro>

<#-- The items before and after this one in its section. -->
<#macro neighbours label>
<#if page.previous?? || page.next??>
<nav class="lien-ke" aria-label="${label}">
  <#if page.previous??><a rel="prev" href="${page.previous.href}">← ${page.previous.title}</a></#if>
  <#if page.next??><a rel="next" href="${page.next.href}">${page.next.title} →</a></#if>
</nav>
</#if>
</#macro>

<#-- A section page's heading: the section, and the year on a year archive. -->
<#function heading>
  <#return page.title + ((page.paging.year)??)?then(" – năm " + (page.paging.year)!"", "")>
</#function>

<#-- The pages of a section's listing and its year archives. -->
<#macro paging>
<#if page.paging??>
  <#if page.paging.count gt 1>
  <nav class="phan-trang" aria-label="Các trang của danh sách">
    <#if page.previous??><a rel="prev" href="${page.previous.href}">← Trang trước</a></#if>
    <span>Trang ${page.paging.number} / ${page.paging.count}</span>
    <#if page.next??><a rel="next" href="${page.next.href}">Trang sau →</a></#if>
  </nav>
  </#if>
  <#if page.paging.years?size gt 1 || page.paging.year??>
  <nav class="nam" aria-label="Lưu trữ theo năm">
    <span>Lưu trữ theo năm:</span>
    <ul><#list page.paging.years as y><li><a href="${y.href}"<#if (page.paging.year!"") == y.year> aria-current="page"</#if>>${y.year}</a></li></#list></ul>
  </nav>
  </#if>
</#if>
</#macro>

<#-- The rows of an item's entries fields (a weekly schedule), each as a table. -->
<#macro tables tables>
<#list tables as table>
<div class="bang-cuon" tabindex="0" role="region" aria-label="${table.label} (kéo ngang để xem hết)">
<table class="bang-lich">
  <caption>${table.label}</caption>
  <thead><tr><#list table.columns as column><th scope="col">${column}</th></#list></tr></thead>
  <tbody>
    <#list table.rows as row><tr><#list row as cell><#if cell?is_first><th scope="row">${cell}</th><#else><td>${cell}</td></#if></#list></tr></#list>
  </tbody>
</table>
</div>
</#list>
</#macro>

<#-- Whether a draft is open for comments on the day the site was built. -->
<#macro window window>
<#if window.state == "open"><span class="trang-thai mo">Đang lấy ý kiến đến hết ngày ${window.until}</span>
<#elseif window.state == "closed"><span class="trang-thai dong">Đã hết hạn góp ý (${window.until})</span>
<#else><span class="trang-thai">Bắt đầu lấy ý kiến từ ${window.from}</span></#if>
</#macro>

<#-- A list of items: title, the fields their kind lists with it (as text, or as links at the end), date, summary. -->
<#macro listing items showSection=false>
<ul class="danh-sach">
  <#list items as item>
  <li>
    <#if item.image??><img class="anh-nho" src="${item.image.src}"<#if item.image.srcset??> srcset="${item.image.srcset}" sizes="96px"</#if><#if item.image.width??> width="${item.image.width}" height="${item.image.height}"</#if> alt="${item.image.alt}" loading="lazy"></#if>
    <a href="${item.href}">${item.title}</a>
    <#list item.listed as field><#if !field.href??> <span class="gia-tri">${field.value}</span></#if></#list>
    <#if item.date?? || (showSection && item.section??)>
    <p class="phu">
      <#if item.date??><time datetime="${item.isoDate}">${item.date}</time></#if><#if showSection && item.section??> · ${item.section}</#if>
    </p>
    </#if>
    <#if item.window??><p><@window window=item.window/></p></#if>
    <#if item.summary??><p>${item.summary}</p></#if>
    <#list item.listed as field><#if field.href??><p><a href="${field.href}">${field.label}<span class="an">: ${item.title}</span></a></p></#if></#list>
  </li>
  </#list>
</ul>
</#macro>

<#-- Readers rate the page's information anonymously (Nghị định 224/2026/NĐ-CP Điều 10 khoản 3 điểm b): a plain form,
     no script and no identity, posted to the province's endpoint (allowed by the page's form-action). -->
<#macro rating>
<#if site.rating??>
<form class="danh-gia" action="${site.rating}" method="post" aria-labelledby="danh-gia-tieu-de">
  <h2 id="danh-gia-tieu-de">Đánh giá thông tin trên trang</h2>
  <fieldset>
    <legend>Bạn hài lòng với thông tin trên trang này ở mức nào?</legend>
    <#list ["Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"] as label>
    <label><input type="radio" name="muc_do" value="${label?counter}" required> ${label}</label>
    </#list>
  </fieldset>
  <input type="hidden" name="don_vi" value="${site.slug}">
  <input type="hidden" name="trang" value="${page.url}">
  <p class="phu">Không cần ghi tên hay thông tin liên hệ: đánh giá được gửi ẩn danh tới <#if site.overseer??>${site.overseer.monitoringAgency}<#else>cơ quan quản lý cổng</#if>.</p>
  <button type="submit">Gửi đánh giá</button>
</form>
</#if>
</#macro>
