<#ftl output_format="HTML" strip_whitespace=true>
<#-- What search engines and a shared link's preview (Zalo, Facebook: OpenGraph; Twitter card) read of a page, and the
     browser's icon. The page for an address not found has no address of its own: it asks not to be indexed. -->
<#macro head title>
<#assign name = title?has_content?then(title, site.name)>
<meta name="description" content="${page.share.description}">
<#if page.canonical??>
<link rel="canonical" href="${page.canonical}">
<meta property="og:url" content="${page.canonical}">
<#else>
<meta name="robots" content="noindex">
</#if>
<meta property="og:type" content="${page.share.type}">
<meta property="og:title" content="${name}">
<meta property="og:description" content="${page.share.description}">
<meta property="og:site_name" content="${site.name}">
<meta property="og:locale" content="vi_VN">
<meta name="twitter:card" content="${((page.share.image.large)!false)?then("summary_large_image", "summary")}">
<meta name="twitter:title" content="${name}">
<meta name="twitter:description" content="${page.share.description}">
<#if page.share.image??>
<meta property="og:image" content="${page.share.image.url}">
<meta property="og:image:alt" content="${page.share.image.alt}">
<meta name="twitter:image" content="${page.share.image.url}">
<meta name="twitter:image:alt" content="${page.share.image.alt}">
</#if>
<#if site.icon??><link rel="icon" type="${site.icon.type}" href="${page.root}${site.icon.path}"></#if>
</#macro>
