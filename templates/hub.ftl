<#ftl output_format="HTML" strip_whitespace=true>
<#-- The district hub: one link per commune portal. -->
<#assign district = (communes?has_content)?then(communes[0].don_vi_cap_tren!"", "")>
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<title>Cổng thông tin điện tử các xã, phường, thị trấn<#if district?has_content> – ${district}</#if></title>
<link rel="stylesheet" href="assets/style.css">
</head>
<body>
<a class="bo-qua" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="dau-trang">
  <div class="khung">
    <p class="cap-tren">${district}</p>
    <p class="ten-co-quan">Cổng thông tin điện tử các xã, phường, thị trấn</p>
  </div>
</header>
<main id="noi-dung" class="khung">
  <h1>Danh sách cổng thông tin</h1>
  <ul class="danh-sach">
    <#list communes as commune>
    <li>
      <a href="${commune.slug}/index.html">${commune.name}</a>
      <p class="phu">${commune.dia_chi!} · ${commune.dien_thoai!} · ${commune.email!}</p>
    </li>
    </#list>
  </ul>
</main>
</body>
</html>
