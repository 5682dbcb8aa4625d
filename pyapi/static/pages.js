// perbup-kb pages: highlight a quoted passage in the provision the address
// names (/baca/<id>?kutip=...#pasal-19-ayat-2), and read a chosen draft file
// into the checker's form.  Every page works without it.
(function () {
  "use strict";
  function normal(s) { return s.replace(/\s+/g, " ").trim(); }

  function markQuote() {
    var params = new URLSearchParams(window.location.search);
    var quote = params.get("kutip");
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!quote || !id) { return; }
    var target = document.getElementById(id);
    if (!target) { return; }
    var wanted = normal(quote);
    var walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var text = node.nodeValue;
      var flat = normal(text);
      var at = flat.indexOf(wanted);
      if (at < 0) { continue; }
      // map the position in the whitespace-normalised text back to the node
      var start = 0, seen = 0, lead = text.length - text.replace(/^\s+/, "").length;
      start = lead;
      for (var i = lead; i < text.length && seen < at; i++) {
        if (!/\s/.test(text[i]) || !/\s/.test(text[i - 1] || "")) { seen++; }
        start = i + 1;
      }
      var range = document.createRange();
      var end = start, taken = 0;
      while (end < text.length && taken < wanted.length) {
        if (!/\s/.test(text[end]) || !/\s/.test(text[end - 1] || "")) { taken++; }
        end++;
      }
      range.setStart(node, start);
      range.setEnd(node, end);
      var mark = document.createElement("mark");
      mark.className = "kutipan";
      range.surroundContents(mark);
      mark.scrollIntoView({block: "center"});
      return;
    }
  }
  // /periksa: a text file chosen is read into the textarea (nothing is uploaded
  // until the form is sent)
  function loadFiles() {
    document.querySelectorAll("input[type=file][data-ke]").forEach(function (input) {
      input.addEventListener("change", function () {
        var file = input.files[0];
        if (!file) { return; }
        file.text().then(function (text) {
          document.getElementById(input.getAttribute("data-ke")).value = text;
        });
      });
    });
  }
  document.addEventListener("DOMContentLoaded", markQuote);
  document.addEventListener("DOMContentLoaded", loadFiles);
})();
