/*
 * Campaign status from the visitor's clock, so a page built on Monday is still
 * right on Friday. Mirrors scripts/sitegen/model/status.py (tests hold both to the
 * same table). Without JavaScript the status of the build date stays. With no
 * start or end, data-first and data-last hold the span the build derived from the
 * period and the event days and deadlines (fact_span): dates, never guesses.
 * Pages say which day their statuses are for (.cd-today), and a printed page
 * the day it was printed and its address (.cd-print-head in overrides/main.html).
 *
 * Task states likewise, mirroring scripts/sitegen/model/task_state.py (tests
 * hold both to tests/test_task_state.py's table): the badges (.cd-task-state),
 * each unit's overdue count on a campaign page, the line an ended campaign
 * that records no result shows instead of its counts, and the home page's
 * deadlines of the visitor's next days (tr.cd-upcoming).
 *
 * And the department's ageing rules, mirroring scripts/sitegen/model/ageing.py
 * (tests/fixtures/ageing_cases.json holds both to one table): the rules are on
 * the sentence that states them (.cd-ageing), each row they move carries its
 * campaign's days (data-age-first, data-age-last, data-age-newest). A campaign
 * that ages out on the visitor's day leaves the home page's recent and undated
 * lists, and its open tasks move into a unit page's folded "Các năm trước".
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
  var TASK_LABELS = {
    "da-xong": "Đã xong",
    "da-huy": "Đã hủy",
    "qua-han": "Quá hạn",
    "sap-den-han": "Sắp đến hạn",
    "chua-den-han": "Chưa đến hạn",
    "khong-ghi-thoi-han": "Không ghi thời hạn",
    "chua-ghi-nhan": "Chưa ghi nhận kết quả"
  };
  var DUE_SOON_DAYS = 7;
  var UPCOMING_DAYS = 14;

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

  // Dates are ISO strings ("" when not given), so they compare as text.
  function taskState(due, done, cancelled, last, records, today) {
    if (cancelled) return "da-huy";
    if (done) return "da-xong";
    if (due && today <= due) return daysBetween(today, due) < DUE_SOON_DAYS ? "sap-den-han" : "chua-den-han";
    var ended = Boolean(last) && today > last;
    if (ended && !records) return "chua-ghi-nhan";
    return due ? "qua-han" : "khong-ghi-thoi-han";
  }

  function isoDay(date) {
    return date.toISOString().slice(0, 10);
  }

  function addDays(iso, days) {
    var p = iso.split("-").map(Number);
    return isoDay(new Date(Date.UTC(p[0], p[1] - 1, p[2] + days)));
  }

  // The same day `months` later; the month's last day when it has no such day.
  function addMonths(iso, months) {
    var p = iso.split("-").map(Number);
    var index = p[0] * 12 + p[1] - 1 + months;
    var year = Math.floor(index / 12), month = index % 12;
    var lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return isoDay(new Date(Date.UTC(year, month, Math.min(p[2], lastDay))));
  }

  // The first day a campaign counts as archived ("" when it never does), as ageing.py's archive_day.
  function archiveDay(first, last, newest, recentDays, horizonMonths) {
    if (last) return addDays(last, recentDays + 1);
    if (!first && newest) return addDays(addMonths(newest, horizonMonths), 1);
    return "";
  }

  function isArchived(first, last, newest, today, recentDays, horizonMonths) {
    var day = archiveDay(first, last, newest, recentDays, horizonMonths);
    return Boolean(day) && today >= day;
  }

  function rowArchived(row, rules, today) {
    var d = row.dataset;
    return isArchived(d.ageFirst, d.ageLast, d.ageNewest, today, rules.recent, rules.horizon);
  }

  function updateAgeing(today) {
    var rule = document.querySelector(".cd-ageing[data-recent-days]");
    if (!rule) return;
    var rules = {recent: Number(rule.dataset.recentDays), horizon: Number(rule.dataset.horizonMonths)};
    // The home page's recent and undated lists: a row that aged out hides, and the list's "none" line shows.
    document.querySelectorAll("table[data-ageing-list]").forEach(function (table) {
      var left = 0;
      table.querySelectorAll("tr[data-age-last]").forEach(function (row) {
        row.hidden = rowArchived(row, rules, today);
        if (!row.hidden) left += 1;
      });
      table.hidden = left === 0;
      document.querySelectorAll(".cd-ageing-none[data-list='" + table.dataset.ageingList + "']").forEach(function (none) {
        none.hidden = left > 0;
      });
    });
    // A unit page: open tasks of campaigns that aged out join the folded block, out of the open list.
    var folded = document.querySelector("details.cd-archived");
    if (!folded) return;
    var body = folded.querySelector("tbody");
    document.querySelectorAll("table[data-ageing-tasks] tr[data-age-last]").forEach(function (row) {
      if (rowArchived(row, rules, today)) body.appendChild(row);
    });
    var count = body.querySelectorAll("tr").length;
    folded.hidden = count === 0;
    folded.querySelectorAll(".cd-archived-count").forEach(function (element) {
      element.textContent = String(count);
    });
    document.querySelectorAll("table[data-ageing-tasks]").forEach(function (table) {
      var left = table.querySelectorAll("tbody tr").length;
      table.hidden = left === 0;
      document.querySelectorAll(".cd-ageing-open[data-list='" + table.dataset.ageingTasks + "']").forEach(function (element) {
        element.hidden = left === 0;
      });
    });
  }

  function isUpcoming(due, today) {
    var left = daysBetween(today, due);
    return left >= 0 && left < UPCOMING_DAYS;
  }

  function updateTasks(today) {
    document.querySelectorAll(".cd-task-state[data-last]").forEach(function (badge) {
      var d = badge.dataset;
      var state = taskState(d.due, d.done, d.cancelled, d.last, d.records, today);
      badge.className = "cd-task-state cd-task-state--" + state;
      badge.textContent = TASK_LABELS[state];
    });
    document.querySelectorAll(".cd-overdue-count[data-dues]").forEach(function (count) {
      var d = count.dataset;
      count.textContent = String(d.dues.split(" ").filter(function (due) {
        return due && taskState(due, "", "", d.last, d.records, today) === "qua-han";
      }).length);
    });
    // An ended campaign that records no result: the line says so, the counts hide.
    document.querySelectorAll("[data-progress]").forEach(function (element) {
      var d = element.dataset;
      var unrecorded = taskState("", "", "", d.last, d.records, today) === "chua-ghi-nhan";
      element.hidden = (d.progress === "counts") === unrecorded;
    });
    var rows = document.querySelectorAll("tr.cd-upcoming[data-due]");
    var shown = 0;
    rows.forEach(function (row) {
      row.hidden = !isUpcoming(row.dataset.due, today);
      if (!row.hidden) shown += 1;
    });
    if (rows.length) rows[0].closest("table").hidden = shown === 0;
    document.querySelectorAll(".cd-upcoming-none").forEach(function (line) {
      line.hidden = shown > 0;
    });
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
    updateTasks(today);
    updateAgeing(today);
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
  window.taskState = taskState;
  window.taskStateLabels = TASK_LABELS; // and task states
  window.isUpcoming = isUpcoming;
  window.archiveDay = archiveDay;
  window.isArchived = isArchived;
  // A page left open overnight is printed with the statuses and the date of the day it is printed.
  window.addEventListener("beforeprint", update);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", update);
  else update();
})();
