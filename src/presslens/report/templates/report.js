// presslens report: layer toggles, the detail panel and speaker quote navigation.
// It only moves and clones nodes the server rendered (already escaped); it never parses HTML.
(function () {
  "use strict";
  var panel = document.getElementById("detail-panel");
  var active = null;

  document.querySelectorAll("input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  });

  function show(mark) {
    if (!panel || !mark || mark === active) { return; }
    var detail = document.getElementById("d-" + mark.dataset.ref);
    if (!detail) { return; }
    if (active) { active.classList.remove("active"); }
    active = mark;
    mark.classList.add("active");
    panel.replaceChildren(detail.cloneNode(true));
    panel.firstChild.removeAttribute("id");
  }

  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var mark = event.target.closest && event.target.closest("mark[data-ref]");
      if (mark) { show(mark); }
    });
  });

  document.querySelectorAll("button.next-quote").forEach(function (button) {
    var position = -1;
    button.addEventListener("click", function () {
      var quotes = document.querySelectorAll("mark.quote[id][data-speaker='" + button.dataset.speaker + "']");
      if (!quotes.length) { return; }
      position = (position + 1) % quotes.length;
      quotes[position].scrollIntoView({ block: "center" });
      quotes[position].focus();
    });
  });
})();
