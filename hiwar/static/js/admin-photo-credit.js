// On an imported article's edit page, the image form (chooser upload) starts with the
// credit the source page gave its photo ("مجلس الاتحاد الروسي"); the editor may change it.
(function () {
  "use strict";
  var script = document.currentScript;
  var template = script && script.dataset.creditUrl;
  var match = window.location.pathname.match(/\/pages\/(\d+)\/edit\//);
  if (!template || !match) return;
  var url = template.replace(/\/0\/$/, "/" + match[1] + "/");

  fetch(url, { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : { credit: "" }; })
    .then(function (data) {
      if (!data.credit) return;
      function prefill(root) {
        root.querySelectorAll('input[name$="-credit"], input[name="credit"]').forEach(function (input) {
          if (!input.value && !input.dataset.hiwarPrefilled) {
            input.value = data.credit;
            input.dataset.hiwarPrefilled = "true";
          }
        });
      }
      new MutationObserver(function () {
        document.querySelectorAll(".modal").forEach(prefill);
      }).observe(document.body, { childList: true, subtree: true });
    });
})();
