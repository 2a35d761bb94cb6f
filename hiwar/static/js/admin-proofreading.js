// The Proofreading panel on an article's edit page (hiwar/proofreading/panels.py).
// - "Dismiss: intended" / "Show again" post to the dismiss URL, then the panel is redrawn.
// - The unsaved text is checked again when the preview updates (its iframe reloads),
//   after an autosave, and on "Check the unsaved text": the edit form's fields are
//   posted to the check URL, which answers with the panel's new content.
// Nothing here submits the edit form; saving and publishing are never held up.
(function () {
  "use strict";

  function panel() { return document.querySelector("[data-proofreading]"); }
  function editForm() { return document.getElementById("page-edit-form") || document.querySelector("form[data-edit-form]"); }
  function csrfToken() {
    var field = document.querySelector('input[name="csrfmiddlewaretoken"]');
    return field ? field.value : "";
  }

  var pending = null;

  function recheck() {
    var root = panel();
    var form = editForm();
    if (!root || !form) return Promise.resolve();
    if (pending) pending.abort();
    pending = new AbortController();
    var data = new FormData(form);
    return fetch(root.dataset.checkUrl, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken() },
      signal: pending.signal,
    })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html !== null) {
          root.innerHTML = html;
          root.dispatchEvent(new CustomEvent("hiwar-proofreading:updated", { bubbles: true }));
        }
      })
      .catch(function () { /* aborted by a newer check, or offline: keep what is shown */ });
  }

  function post(action, button) {
    var root = panel();
    var body = new FormData();
    body.append("action", action);
    body.append("check", button.dataset.check || "");
    body.append("key", button.dataset.key || "");
    body.append("excerpt", button.dataset.excerpt || "");
    button.disabled = true;
    return fetch(root.dataset.dismissUrl, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken() },
    }).then(function () { return recheck(); }, function () { button.disabled = false; });
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-proofreading] button");
    if (!target) return;
    if (target.hasAttribute("data-proofreading-dismiss")) {
      event.preventDefault();
      post("dismiss", target);
    } else if (target.hasAttribute("data-proofreading-restore")) {
      event.preventDefault();
      post("restore", target);
    } else if (target.hasAttribute("data-proofreading-recheck")) {
      event.preventDefault();
      recheck();
    }
  });

  // The preview panel reloads its iframe after each update of the unsaved text.
  document.addEventListener("load", function (event) {
    if (event.target && event.target.matches && event.target.matches('iframe[data-w-preview-target="iframe"]')) {
      recheck();
    }
  }, true);
  document.addEventListener("w-autosave:success", function () { recheck(); });
})();
