// The page editor's slug comes from the server's transliteration (hiwar.text.slugs):
// Wagtail's w-slug controller is unhooked from the slug field and replaced by a
// request to /admin/hiwar/slug/?text=… ("وزير الخارجية" → "wzyr-alkharjyt").
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.dataset.slugUrl;

  function setup() {
    var slug = document.querySelector('input[name="slug"][data-controller~="w-slug"]');
    if (!slug || !url) return;
    // Keep Wagtail's sync from the title, drop its own slugify.
    slug.dataset.action = (slug.dataset.action || "")
      .split(/\s+/)
      .filter(function (action) { return action && action.indexOf("w-slug#") === -1; })
      .join(" ");
    var latest = 0;
    var lastAutomatic = slug.value;

    function fill(text, automatic) {
      var request = ++latest;
      return fetch(url + "?text=" + encodeURIComponent(text), { credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          if (request !== latest) return;  // a newer keystroke won
          slug.value = data.slug;
          if (automatic) lastAutomatic = data.slug;
          slug.dispatchEvent(new Event("change", { bubbles: true }));
        });
    }

    slug.addEventListener("w-sync:check", function (event) {
      // An editor's own slug stops the title from overwriting it.
      if (slug.value && slug.value !== lastAutomatic) event.preventDefault();
    });
    slug.addEventListener("w-sync:apply", function (event) {
      event.preventDefault();
      var title = (event.detail && event.detail.value) || (document.getElementById("id_title") || {}).value || "";
      fill(title, true);
    });
    slug.addEventListener("blur", function () {
      if (slug.value && slug.value !== lastAutomatic) fill(slug.value, false);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
