"""The payload corpus: classic script-injection and markup-breaking strings, each
put through a way content enters (feed fields, summaries, captions, credits, tags)
and then looked for in the outputs, which must show it as text.

Every payload, if it ever became live markup in a browser, would either run
`alert`/`confirm`/`prompt`/`print` or fetch an URL: the Chromium checks hook all
four and fail on any request other than the page itself.
"""

PAYLOADS = [
    "<script>alert(1)</script>",
    "Officials said the <img src=x onerror=alert(document.domain)> exchange opens.",
    '"><script>alert(2)</script>',
    "'><img src=x onerror=alert(3)>",
    "<svg onload=alert(4)>",
    "<svg><script>alert(5)</script></svg>",
    '<iframe src="javascript:alert(6)"></iframe>',
    '<a href="javascript:alert(7)">click</a>',
    "<body onload=alert(8)>",
    '<input autofocus onfocus="alert(9)">',
    "<details open ontoggle=alert(10)>",
    '<math><mtext><table><mglyph><style><img src=x onerror="alert(11)">',
    "<IMG SRC=JaVaScRiPt:alert(12)>",
    "<img src=`x` onerror=alert(13)>",
    "&lt;script&gt;alert(14)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(15)&#62;",
    "<scr<script>ipt>alert(16)</scr</script>ipt>",
    "</title><script>alert(17)</script>",
    "</textarea><script>alert(18)</script>",
    "]]><script>alert(19)</script><![CDATA[",
    "<![CDATA[<script>alert(20)</script>]]>",
    '<object data="javascript:alert(21)">',
    '<embed src="javascript:alert(22)">',
    '<form action="javascript:alert(23)"><button>go</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(24)">',
    '<link rel="stylesheet" href="http://127.0.0.9/evil.css">',
    '<div style="background:url(javascript:alert(26))">x</div>',
    "<style>@import 'http://127.0.0.9/x.css';</style>",
    '<video><source onerror="alert(28)"></video>',
    '<marquee onstart="alert(29)">m</marquee>',
    "javascript:alert(30)",
    "{{ 7|add:7 }} {% now 'Y' %} ${alert(31)}",
    '<noscript><p title="</noscript><img src=x onerror=alert(32)>">',
    '<base href="javascript:alert(33)//">',
    "تصريح <img src=x onerror=alert(34)> في موسكو",
    "Заявление <svg/onload=alert(35)> в Москве",
]
