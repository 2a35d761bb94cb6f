/* Right-to-left segments in wagtail-localize's translation editor (its issue #197).
 *
 * The editor (a React app in .js-translation-editor) writes every segment in the
 * admin's direction: an Arabic translation typed in a Russian or English admin ran
 * left to right, with its full stop on the wrong side. Each segment is an <li>
 * holding the source text (<p>) and the translation (<div>, a <textarea> while
 * editing). Here the translation gets the target language's `lang` and `dir`, the
 * source its own; anything else in a segment (field labels) `dir="auto"`, so a
 * number or a Latin name inside Arabic reads in order. The editor re-renders
 * segments as the translator works: a MutationObserver keeps them marked.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var rtl = ((script && script.dataset.rtl) || "ar").split(",");

  function direction(code) {
    return rtl.indexOf((code || "").split("-")[0]) >= 0 ? "rtl" : "ltr";
  }

  function mark(element, code) {
    if (element.getAttribute("lang") !== code) element.setAttribute("lang", code);
    var dir = direction(code);
    if (element.getAttribute("dir") !== dir) element.setAttribute("dir", dir);
  }

  function markSegments(root, source, target) {
    var segments = root.querySelectorAll("li.complete, li.incomplete, li.errored");
    for (var i = 0; i < segments.length; i++) {
      var segment = segments[i];
      segment.classList.add("hiwar-segment");
      for (var j = 0; j < segment.children.length; j++) {
        var child = segment.children[j];
        if (child.tagName === "P") {
          mark(child, source);
          child.classList.add("hiwar-segment-source");
        } else if (child.tagName === "DIV") {
          mark(child, target);
          child.classList.add("hiwar-segment-target");
          var fields = child.querySelectorAll("textarea, input[type=text]");
          for (var k = 0; k < fields.length; k++) mark(fields[k], target);
        } else if (child.tagName === "H4" && child.getAttribute("dir") !== "auto") {
          child.setAttribute("dir", "auto");
        }
      }
    }
  }

  function start() {
    var root = document.querySelector(".js-translation-editor[data-props]");
    if (!root) return;
    var props;
    try {
      props = JSON.parse(root.dataset.props);
    } catch (error) {
      return;
    }
    var source = props.sourceLocale && props.sourceLocale.code;
    var target = props.locale && props.locale.code;
    if (!source || !target) return;
    root.dataset.hiwarTarget = target;
    root.dataset.hiwarTargetDir = direction(target);
    var pending = false;
    function update() {
      pending = false;
      markSegments(root, source, target);
    }
    new MutationObserver(function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(update);
      }
    }).observe(root, { childList: true, subtree: true });
    update();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
