/*
 * Campaign status from the visitor's clock, so a page built on Monday is still
 * right on Friday. Mirrors scripts/sitegen/model/status.py (tests hold both to the
 * same table). Without JavaScript the status of the build date stays. With no
 * start or end, data-first and data-last hold the span the build derived from the
 * period and the event days and deadlines (fact_span): dates, never guesses.
 * Pages say which day their statuses are for (.cd-today), and a printed page
 * the day it was printed and its address (.cd-print-head in overrides/main.html).
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

  // As scripts/sitegen/model/dates.py format_date writes it: 04/7/2023, 18/01/2022.
  function formatDate(iso) {
    var parts = iso.split("-").map(Number);
    var day = parts[2] < 10 ? "0" + parts[2] : String(parts[2]);
    var month = parts[1] <= 2 ? "0" + parts[1] : String(parts[1]);
    return day + "/" + month + "/" + parts[0];
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
    document.querySelectorAll(".cd-today").forEach(function (element) {
      element.dataset.date = today;
      element.textContent = formatDate(today);
    });
    markPrint();
  }

  function markPrint() {
    document.querySelectorAll(".cd-printed").forEach(function (element) {
      element.textContent = "In ngày " + formatDate(isoToday());
    });
    if (/^https?:$/.test(location.protocol)) {
      document.querySelectorAll(".cd-print-url").forEach(function (element) {
        element.textContent = location.href.split("#")[0];
      });
    }
  }

  window.campaignStatus = campaignStatus;
  window.campaignStatusLabels = LABELS; // the form editor's preview shows statuses as pages do
  window.formatDate = formatDate;
  // A page left open overnight is printed with the statuses and the date of the day it is printed.
  window.addEventListener("beforeprint", update);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", update);
  else update();
})();
