// spinscope article view: technique toggles and hover cards, one script for both front ends.
// The static report inlines it into its page; the web app serves it from /static (its CSP allows
// no inline scripts).
(function () {
  "use strict";
  // toggles: a span is hidden when its group or its technique is switched off
  var off = { g: new Set(), l: new Set() };
  function apply() {
    document.querySelectorAll(".sp").forEach(function (el) {
      el.classList.toggle("off", off.g.has(el.dataset.g) || off.l.has(el.dataset.l));
    });
  }
  document.querySelectorAll("input[data-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      var set = off[box.dataset.toggle];
      if (box.checked) { set.delete(box.value); } else { set.add(box.value); }
      apply();
    });
  });

  // tooltip: one card per visible span covering the hovered segment, innermost first; cards are
  // cloned DOM nodes, so the already-escaped text is never re-parsed as HTML
  var tip = document.getElementById("tip");
  if (!tip) { return; }
  var current = null, lit = [];
  function clear() {
    lit.forEach(function (el) { el.classList.remove("hl"); });
    current = null; lit = [];
    tip.hidden = true;
  }
  document.addEventListener("mousemove", function (ev) {
    var sp = ev.target.closest ? ev.target.closest(".sp") : null;
    var layers = [];
    for (var el = sp; el && el.classList.contains("sp"); el = el.parentElement) {
      if (!el.classList.contains("off")) { layers.push(el); }
    }
    if (!layers.length) { clear(); return; }
    if (layers[0] !== current) {
      clear();
      current = layers[0];
      // highlight every segment of the innermost span, which may be cut by other spans
      lit = Array.prototype.slice.call(
        document.querySelectorAll('.sp[data-s="' + current.dataset.s + '"]'));
      lit.forEach(function (part) { part.classList.add("hl"); });
      var cards = [];
      layers.forEach(function (layer) {
        var card = document.getElementById(layer.dataset.s);
        if (card) { var copy = card.cloneNode(true); copy.removeAttribute("id"); cards.push(copy); }
      });
      tip.replaceChildren.apply(tip, cards);
      tip.hidden = false;
    }
    var x = ev.clientX + 14, y = ev.clientY + 18;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 8) { x = Math.max(8, window.innerWidth - w - 8); }
    if (y + h > window.innerHeight - 8) { y = Math.max(8, ev.clientY - h - 12); }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  });
  document.addEventListener("scroll", clear, { passive: true });
})();
