/*
 * Campaign status from the visitor's clock, so a page built on Monday is still
 * right on Friday. Mirrors scripts/sitegen/model/status.py (tests hold both to the
 * same table). Without JavaScript the status of the build date stays. With no
 * start or end, data-first and data-last hold the span the build derived from the
 * period and the event days and deadlines (fact_span): dates, never guesses.
 */
(function () {
  "use strict";

  var LABELS = {
    "dang-dien-ra": "Đang diễn ra",
    "sap-ket-thuc": "Sắp kết thúc",
    "sap-dien-ra": "Sắp diễn ra",
    "da-ket-thuc": "Đã kết thúc",
    "chua-ro-thoi-gian": "Chưa rõ thời gian"
  };
  var ENDING_SOON_DAYS = 7;

  function isoToday() {
    var now = new Date();
    var month = String(now.getMonth() + 1).padStart(2, "0");
    var day = String(now.getDate()).padStart(2, "0");
    return now.getFullYear() + "-" + month + "-" + day;
  }

  function daysBetween(from, to) {
    var a = from.split("-").map(Number), b = to.split("-").map(Number);
    return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86400000);
  }

  function campaignStatus(start, end, first, last, today) {
    var exactEnd = Boolean(end);
    if (!start && !end) {
      if (!first) return "chua-ro-thoi-gian";
      start = first;
      end = last;
    }
    if (start && today < start) return "sap-dien-ra";
    if (end && today > end) return "da-ket-thuc";
    if (exactEnd && daysBetween(today, end) < ENDING_SOON_DAYS) return "sap-ket-thuc";
    return "dang-dien-ra";
  }

  function update() {
    var today = isoToday();
    document.querySelectorAll(".cd-status[data-first]").forEach(function (badge) {
      var d = badge.dataset;
      var status = campaignStatus(d.start, d.end, d.first, d.last, today);
      badge.className = "cd-status cd-status--" + status;
      badge.textContent = LABELS[status];
    });
    document.querySelectorAll(".cd-days-left[data-end]").forEach(function (element) {
      var left = daysBetween(today, element.dataset.end);
      element.textContent = left >= 0 ? "còn " + (left + 1) + " ngày" : "";
    });
  }

  window.campaignStatus = campaignStatus;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", update);
  else update();
})();
