<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page shell of the overseeing unit's own pages (the hub, the yearly report): its name, no commune menu. -->
<#macro shell title overseer root="" scripts=[]>
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<title>${title}<#if overseer?has_content> – ${overseer}</#if></title>
<link rel="stylesheet" href="${root}assets/style.css">
<#if hub.icon??><link rel="icon" href="${root}${hub.icon.path}" type="${hub.icon.type}"></#if>
<#list scripts as script><script src="${script}" defer></script></#list>
<script src="${root}assets/congxa.js" defer></script>
</head>
<body>
<a class="bo-qua" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="dau-trang">
  <div class="khung">
    <#if hub.emblem??><img class="bieu-trung" src="${root}${hub.emblem.path}" alt="Biểu trưng của ${(hub.overseer.authority)!''}" width="${hub.emblem.width?c}" height="${hub.emblem.height?c}"></#if>
    <#if (hub.overseer)??><p class="cap-tren"><a href="${hub.overseer.portal}">${hub.overseer.authority}</a></p><#else><p class="cap-tren">${overseer}</p></#if>
    <p class="ten-co-quan"><a href="${root}index.html">Cổng thông tin điện tử các ${hub.unitKinds}<#if (hub.overseer)??> ${hub.overseer.name}</#if></a></p>
    <#if hub.search>
    <form class="o-tim" role="search" action="${root}tim-kiem/index.html" method="get">
      <label class="an" for="o-tim">Tìm kiếm trên cổng các ${hub.unitKinds}</label>
      <input id="o-tim" name="q" type="search" placeholder="Tìm kiếm…">
      <button type="submit">Tìm</button>
    </form>
    </#if>
  </div>
</header>
<main id="noi-dung" class="khung">
<#nested>
</main>
</body>
</html>
</#macro>
