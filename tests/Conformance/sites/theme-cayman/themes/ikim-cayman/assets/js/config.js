---
---
window.siteConfig = { baseurl: "{{ site.baseurl }}", title: {{ site.title | jsonify }} };
