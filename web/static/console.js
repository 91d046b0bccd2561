// The console: renders each recorded 👎 answer from its parts (answer.js)
// beside its question.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("rb-data").textContent);
  var ctx = { s: data.s, answer: data.answer, multi: data.multi, lang: data.lang };
  document.querySelectorAll("script.rb-answer").forEach(function (sc) {
    var ans = JSON.parse(sc.textContent);
    var box = sc.parentNode.querySelector(".rendered");
    if (box && ans) box.appendChild(RB.renderAnswer(ans, ctx));
  });
})();
