<#ftl output_format="HTML" strip_whitespace=true>
<#-- A phone number as an address a phone can call: the digits without the spaces and dots people write between them. -->
<#function tel number><#return "tel:" + number?replace(' ', '')?replace('.', '')></#function>
