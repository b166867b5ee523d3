<#ftl output_format="plainText">
<#-- The commune's colours from commune.yml (with kinds.yml's defaults), checked as #rrggbb and for contrast by the
     build; a colour the kinds file does not declare keeps the default of assets/style.css. -->
:root {
<#if site.mau_chu_dao??>  --mau-chu-dao: ${site.mau_chu_dao};
</#if>
<#if site.mau_chu_dau_trang??>  --mau-chu-dau-trang: ${site.mau_chu_dau_trang};
</#if>
}
