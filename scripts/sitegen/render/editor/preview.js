// The preview beside the form: the campaign as its page shows it (title,
// status, time, issuing body, the Department's dispatch, documents with their
// number, date and issuer, tasks with unit names and their states, each unit's
// progress, events, materials, contacts), laid out as
// render/templates/campaign.md.j2 lays it out and styled by the site's own style
// sheets. Names come from the registries, read through Decap; statuses, task
// states and dates from the site's own status.js (campaignStatus, taskState, formatDate).
// Lists, calendars and document pages are the build's: the preview shows one page.
"use strict";
(() => {
  const bienTap = (globalThis.BienTap = globalThis.BienTap || {});
  const EMPTY = { units: new Map(), organizations: new Map(), documents: new Map() };

  const filled = (value) => value !== undefined && value !== null && value !== "";

  /** A date, month or year as the site writes it: 04/7/2023, tháng 7/2023, năm 2023 (model/dates.py). */
  function partialDate(value) {
    const parts = String(value).split("-");
    if (parts.length === 3) return window.formatDate(String(value));
    if (parts.length === 2) return `tháng ${window.formatDate(`${parts[0]}-${parts[1]}-10`).slice(3)}`;
    return `năm ${parts[0]}`;
  }

  /** The first and last day of a year, month or day. */
  function periodSpan(value) {
    const [year, month, day] = String(value).split("-").map(Number);
    if (day) return [String(value), String(value)];
    const pad = (number) => String(number).padStart(2, "0");
    if (month) return [`${year}-${pad(month)}-01`, `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`];
    return [`${year}-01-01`, `${year}-12-31`];
  }

  /** As model/status.py fact_span: the period and every dated fact, when start and end are not given. */
  function factSpan(data) {
    const days = [];
    for (const event of data.events || []) days.push(event.date, event.end_date);
    for (const task of data.tasks || []) days.push(task.due);
    const dated = days.filter(filled).map(String);
    if (filled(data.period)) dated.push(...periodSpan(data.period));
    dated.sort();
    return dated.length ? [dated[0], dated[dated.length - 1]] : ["", ""];
  }

  /** As model/status.py _days: "ngày sự kiện 09/7/2023", or "các ngày sự kiện từ 01/7/2023 đến 20/7/2023". */
  function days(one, many, values) {
    const sorted = values.map(String).sort();
    const [first, last] = [sorted[0], sorted[sorted.length - 1]].map((day) => window.formatDate(day));
    return first === last ? `${one} ${first}` : `${many} từ ${first} đến ${last}`;
  }

  /** As model/status.py status_basis: what the status rests on when events or deadlines stand in for dates. */
  function statusBasis(data) {
    const events = (data.events || []).flatMap((event) => [event.date, event.end_date]).filter(filled);
    const deadlines = (data.tasks || []).map((task) => task.due).filter(filled);
    if (filled(data.start) || filled(data.end) || !(events.length || deadlines.length)) return "";
    const parts = [];
    if (filled(data.period)) parts.push(partialDate(data.period));
    if (events.length) parts.push(days("ngày sự kiện", "các ngày sự kiện", events));
    if (deadlines.length) parts.push(days("hạn nhiệm vụ", "các hạn nhiệm vụ", deadlines));
    return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} và ${parts[parts.length - 1]}` : parts[0];
  }

  /** As the timeframe macro of render/templates/_macros.md.j2. */
  function timeframe(data, dispatch) {
    const date = (value) => window.formatDate(String(value));
    if (filled(data.start) && filled(data.end)) return `${date(data.start)} – ${date(data.end)}`;
    if (filled(data.start)) return `Từ ${date(data.start)}, không ghi ngày kết thúc`;
    if (filled(data.end)) return `Đến ${date(data.end)}, không ghi ngày bắt đầu`;
    const basis = statusBasis(data);
    if (filled(data.period)) {
      return `Trong ${partialDate(data.period)} (văn bản không nêu ngày bắt đầu, kết thúc)${basis ? `; trạng thái tính theo ${basis}` : ""}`;
    }
    if (basis) return `Văn bản không nêu thời gian thực hiện; trạng thái tính theo ${basis}`;
    if (dispatch && filled(dispatch.date)) {
      return `Văn bản không nêu thời gian thực hiện; công văn triển khai của Sở ban hành ${partialDate(dispatch.date)}`;
    }
    return "Văn bản không nêu thời gian thực hiện";
  }

  /** Each assignee's recorded result, by unit id, as model/from_sources.py _task reads `done`, `report` and `done_by`. */
  function results(task) {
    if (filled(task.done)) return new Map((task.assignees || []).map((unit) => [unit, { date: String(task.done), report: task.report }]));
    return new Map((task.done_by || []).filter((row) => row && filled(row.date)).map((row) => [row.unit, { date: String(row.date), report: row.report }]));
  }

  /** As Task.done: the day the last assignee finished, "" while any has not. */
  function doneDay(task, found) {
    const assignees = task.assignees || [];
    if (!assignees.length || assignees.some((unit) => !found.has(unit))) return "";
    return [...found.values()].map((result) => result.date).sort().pop();
  }

  /** As the result_text macro: "ngày 18/7/2023, Báo cáo số 125/BC-SCT", or ", báo cáo" for a link. */
  function resultText(result, documents) {
    const report = filled(result.report) ? documents.get(result.report) : null;
    let text = `ngày ${window.formatDate(result.date)}`;
    if (report) text += `, ${report.number ? `${report.kind} số ${report.number}` : report.title || result.report}`;
    else if (filled(result.report)) text += ", báo cáo";
    return text;
  }

  /** As the task_outcome macro for the task as a whole: its state, then the results or the reason it was cancelled. */
  function taskOutcome(task, campaign, registries, today) {
    const found = results(task);
    const cancelled = filled(task.cancelled);
    const state = window.taskState(String(task.due || ""), doneDay(task, found), cancelled ? "co" : "", campaign.last,
      campaign.records, today);
    const label = (window.taskStateLabels || {})[state];
    if (cancelled) return `${label} Lý do: ${task.cancelled}`;
    const groups = new Map();
    for (const unit of task.assignees || []) {
      const result = found.get(unit);
      if (!result) continue;
      const key = `${result.date} ${result.report || ""}`;
      if (!groups.has(key)) groups.set(key, { units: [], result });
      groups.get(key).units.push(unit);
    }
    const list = [...groups.values()];
    if (list.length === 1 && list[0].units.length === (task.assignees || []).length) {
      return `${label} ${resultText(list[0].result, registries.documents)}`;
    }
    return [label, ...list.map((group, index) => `${names(registries.units, group.units)} đã xong ${
      resultText(group.result, registries.documents)}${index === list.length - 1 ? "." : ";"}`)].join(" ");
  }

  /** As Campaign.progress and the progress macro of campaign.md.j2: each assignee's tasks, done, open and overdue. */
  function progress(h, data, campaign, registries, today) {
    const tasks = data.tasks || [];
    const ids = [...new Set(tasks.flatMap((task) => task.assignees || []))];
    const collator = new Intl.Collator("vi");
    ids.sort((a, b) => collator.compare(name(registries.units, a), name(registries.units, b)));
    const rows = ids.map((unit) => {
      const assigned = tasks.filter((task) => (task.assignees || []).includes(unit) && !filled(task.cancelled));
      const done = assigned.filter((task) => results(task).has(unit));
      const open = assigned.filter((task) => !results(task).has(unit));
      const overdue = open.filter((task) => filled(task.due)
        && window.taskState(String(task.due), "", "", campaign.last, campaign.records, today) === "qua-han");
      return [name(registries.units, unit), String(done.length + open.length), String(done.length), String(open.length),
        String(overdue.length)];
    });
    const cancelled = tasks.filter((task) => filled(task.cancelled)).length;
    const unrecorded = window.taskState("", "", "", campaign.last, campaign.records, today) === "chua-ghi-nhan";
    return [
      h("h3", { key: "progress-h" }, "Tiến độ theo đơn vị"),
      campaign.records || !campaign.last ? null : h("p", { key: "progress-unrecorded", hidden: !unrecorded },
        "Chưa ghi nhận kết quả: chiến dịch đã kết thúc mà chưa nhiệm vụ nào được ghi kết quả, nên trang không biết đơn vị nào đã làm hay chưa."),
      h("p", { key: "progress-p", hidden: unrecorded }, `Số nhiệm vụ mỗi đơn vị thực hiện, theo kết quả đã ghi nhận trên trang${
        cancelled ? `; không tính ${cancelled} nhiệm vụ đã hủy` : ""}.`),
      table(h, ["Đơn vị", "Được giao", "Đã xong", "Chưa xong", "Quá hạn"], rows, 0, { key: "progress-t", hidden: unrecorded }),
    ];
  }

  const name = (map, id) => (map.get(id) || {}).name || id;
  const names = (map, ids) => (ids || []).map((id) => name(map, id)).join(", ");

  /** A table as the site's: the cell in column `head` names the row (th), the others carry their column's name. */
  function table(h, columns, rows, head = 0, attributes = {}) {
    return h("table", { className: "cd-table", ...attributes },
      h("thead", null, h("tr", null, columns.map((column) => h("th", { scope: "col", key: column }, column)))),
      h("tbody", null, rows.map((cells, index) => h("tr", { key: index }, cells.map((cell, column) => (column === head
        ? h("th", { scope: "row", key: column }, cell)
        : h("td", { key: column, "data-label": columns[column] }, cell)))))));
  }

  function section(h, title, body, empty) {
    return [h("h2", { key: `${title}-h` }, title), body || h("p", { key: `${title}-p` }, empty)];
  }

  /** The campaign page for `data`, as React elements made with `h`. */
  bienTap.campaignPreview = (h, data, registries = EMPTY) => {
    const { units, organizations, documents } = registries;
    const today = new Date().toISOString().slice(0, 10);
    const [first, last] = filled(data.start) || filled(data.end) ? ["", ""] : factSpan(data);
    const status = window.campaignStatus(String(data.start || ""), String(data.end || ""), first, last, today);
    const directing = (data.documents || []).map((ref) => documents.get(ref) || { number: ref });
    const issuer = filled(data.issuer) ? organizations.get(data.issuer)
      : directing.map((record) => organizations.get(record.issuer)).find(Boolean);
    const dispatch = data.dispatch && documents.get(data.dispatch.document);
    const facts = [
      ["Thời gian", timeframe(data, dispatch)],
      ["Cơ quan chỉ đạo", issuer ? issuer.name : "Văn bản không nêu"],
      ["Văn bản triển khai của Sở", dispatch
        ? [`${dispatch.kind} số ${dispatch.number || dispatch.title || dispatch.id}`,
          filled(dispatch.date) ? `, ${partialDate(dispatch.date)}` : "",
          data.dispatch.section ? `, mục ${data.dispatch.section}` : ""].join("")
        : "Chiến dịch chưa ghi văn bản triển khai"],
      ...(data.tags && data.tags.length ? [["Chủ đề", data.tags.join(", ")]] : []),
    ];
    const directingRows = documentRows(directing, organizations);
    const campaign = {
      last: filled(data.start) || filled(data.end) ? String(data.end || "") : last,
      records: (data.tasks || []).some((task) => filled(task.cancelled) || results(task).size) ? "co" : "",
    };
    const taskRows = (data.tasks || []).map((task) => [
      task.action || "", names(units, task.assignees),
      task.partners && task.partners.length ? names(units, task.partners) : "—",
      filled(task.due) ? window.formatDate(String(task.due)) : "Văn bản không nêu thời hạn",
      taskOutcome(task, campaign, registries, today),
    ]);
    const eventRows = (data.events || []).map((event) => [
      `${filled(event.date) ? window.formatDate(String(event.date)) : ""}${filled(event.end_date) ? ` – ${window.formatDate(String(event.end_date))}` : ""}`,
      `${event.title || ""}${event.note ? `. ${event.note}` : ""}`,
      event.place || "Văn bản không nêu",
    ]);
    const list = (items, text) => (items && items.length ? h("ul", null, items.map((item, index) => h("li", { key: index }, text(item)))) : null);
    return h("article", { className: "md-content__inner md-typeset cd-preview" },
      h("h1", null, data.title || ""),
      h("p", null, h("span", { className: `cd-status cd-status--${status}` }, (window.campaignStatusLabels || {})[status]),
        status === "chua-ro-thoi-gian" ? null : h("span", { className: "cd-as-of" }, ` tính đến ngày ${window.formatDate(today)}`)),
      h("p", null, data.summary || ""),
      h("dl", { className: "cd-facts" }, facts.flatMap(([term, value]) => [h("dt", { key: `${term}-t` }, term), h("dd", { key: `${term}-d` }, value)])),
      section(h, "Văn bản chỉ đạo", directingRows.length ? table(h, ["Số ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu"], directingRows) : null,
        "Chiến dịch chưa ghi văn bản chỉ đạo."),
      section(h, "Thông điệp chính", list(data.key_messages, (message) => `“${message}”`), "Văn bản không nêu thông điệp riêng."),
      section(h, "Nhiệm vụ", taskRows.length ? [table(h, ["Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời hạn", "Trạng thái"],
        taskRows, 0, { key: "tasks-t" }), ...progress(h, data, campaign, registries, today)] : null, "Chưa ghi nhiệm vụ cho các đơn vị."),
      section(h, "Sự kiện", eventRows.length ? table(h, ["Ngày", "Sự kiện", "Địa điểm"], eventRows, 1) : null,
        "Văn bản không nêu sự kiện có ngày cụ thể."),
      section(h, "Tài liệu tuyên truyền", list(data.materials, (material) => material.title || ""), "Chưa có tài liệu đính kèm."),
      section(h, "Đầu mối liên hệ", list(data.contacts, (contact) => [contact.name, contact.unit && name(units, contact.unit),
        contact.phone && `điện thoại ${contact.phone}`, contact.email && `thư điện tử ${contact.email}`].filter(Boolean).join(", ")),
      "Văn bản không nêu đầu mối liên hệ."));
  };

  /** How a document is named in text, as model/site.py Document.name: "Công văn số 2416/BTTTT-CATTT". */
  function documentName(record) {
    if (filled(record.title)) return record.title;
    return filled(record.number) ? `${record.kind || "Văn bản"} số ${record.number}` : record.id || "Văn bản mới";
  }

  function facts(h, pairs) {
    return h("dl", { className: "cd-facts" }, pairs.flatMap(([term, value]) => [h("dt", { key: `${term}-t` }, term),
      h("dd", { key: `${term}-d` }, value)]));
  }

  const documentRef = (record) => record.id || record.number;
  /** "A, B và C", as the site lists who is silent (render/templates/_macros.md.j2 not_stated). */
  const joined = (items) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}` : items[0]);

  /** As model/site.py Document.mentioned_by: the documents that cite it, then the dispatches passing on campaigns it directs. */
  function mentionedBy(data, documents, campaigns) {
    const ref = documentRef(data);
    const records = [...new Set(documents.values())];
    const found = records.filter((record) => documentRef(record) !== ref && (record.cites || []).includes(ref));
    for (const campaign of campaigns || []) {
      const dispatch = campaign.dispatch && documents.get(campaign.dispatch.document);
      if ((campaign.documents || []).includes(ref) && dispatch && documentRef(dispatch) !== ref && !found.includes(dispatch)) {
        found.push(dispatch);
      }
    }
    return found;
  }

  /** A table of documents as render/templates/_macros.md.j2 document_table writes it (the issuer with its term). */
  function documentRows(records, organizations) {
    return records.map((record) => [
      record.number ? `${record.kind || ""} ${record.number}`.trim() : record.title || record.id,
      filled(record.date) ? partialDate(record.date) : "Không nêu",
      record.issuer ? `${name(organizations, record.issuer)}${filled(record.issuer_term) ? ` khóa ${record.issuer_term}` : ""}`
        : "Không nêu",
      record.subject || "Không nêu",
    ]);
  }

  /** A document of the register as its page shows it (render/templates/document.md.j2: its facts, what it cites and
   * what cites it). Which campaigns rest on it is the build's: the preview shows the record. */
  bienTap.documentPreview = (h, data, registries = EMPTY) => {
    const { organizations, documents, campaigns } = registries;
    const issuer = filled(data.issuer) ? organizations.get(data.issuer) : null;
    const issuerName = issuer ? `${issuer.name}${filled(data.issuer_term) ? ` khóa ${data.issuer_term}` : ""}` : "";
    const sources = mentionedBy(data, documents, campaigns).map(documentName);
    const silent = (fact) => (sources.length ? `${joined(sources)} không nêu ${fact}` : `Chưa rõ ${fact}`);
    const cited = (data.cites || []).filter(filled).map((ref) => documents.get(ref) || { number: ref });
    const citing = [...new Set(documents.values())].filter((record) => documentRef(record) !== documentRef(data)
      && (record.cites || []).includes(documentRef(data)));
    const headings = ["Số ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu"];
    return h("article", { className: "md-content__inner md-typeset cd-preview" },
      h("h1", null, documentName(data)),
      facts(h, [
        ["Số ký hiệu", filled(data.number) ? data.number : "Không có số ký hiệu"],
        ["Loại văn bản", data.kind || "Chưa chọn"],
        ["Ngày ban hành", filled(data.date) ? partialDate(data.date) : silent("ngày ban hành")],
        ["Cơ quan ban hành", issuer ? `${issuerName}${filled(issuer.full_name) ? ` (${issuer.full_name})` : ""}`
          : filled(data.issuer) ? data.issuer : silent("cơ quan ban hành")],
        ["Trích yếu", filled(data.subject) ? data.subject : silent("trích yếu")],
        ["Văn bản gốc", filled(data.url) ? "Mở văn bản" : filled(data.file) ? "Tải tệp" : "Chưa có bản điện tử"],
        ...(filled(data.note) ? [["Ghi chú", data.note]] : []),
      ]),
      section(h, "Dẫn chiếu", [
        ...(cited.length ? [h("p", { key: "lead" }, "Văn bản này dẫn chiếu:"),
          table(h, headings, documentRows(cited, organizations), 0, { key: "cites" })]
          : [h("p", { key: "none" }, "Văn bản này không dẫn chiếu văn bản nào trong sổ.")]),
        ...(citing.length ? [h("p", { key: "by" }, "Được dẫn chiếu bởi:"),
          table(h, headings, documentRows(citing, organizations), 0, { key: "cited-by" })] : []),
      ]));
  };

  /** A unit or an issuing body: its name and what the registry says of it. */
  bienTap.recordPreview = (h, data, registries = EMPTY, kind = "units") => {
    const parent = kind === "organizations" && filled(data.parent) ? name(registries.organizations, data.parent) : "";
    return h("article", { className: "md-content__inner md-typeset cd-preview" },
      h("h1", null, data.name || data.id || ""),
      facts(h, [
        ["Mã", data.id || "Chưa có mã"],
        ...(kind === "organizations" ? [["Tên đầy đủ", data.full_name || "Như tên"], ["Cơ quan chủ quản", parent || "Không có"]]
          : [["Mô tả", data.description || "Chưa có mô tả"]]),
      ]));
  };

  /** An entry's data as a plain object, whether Decap hands it over as Immutable or not. */
  function plainData(entry) {
    const data = entry.get("data");
    return data && typeof data.toJS === "function" ? data.toJS() : data;
  }

  function byKeys(records, keys) {
    const map = new Map();
    for (const record of records || []) for (const key of keys) if (record && record[key]) map.set(record[key], record);
    return map;
  }

  /** Decap's preview of one kind of entry (its schema's name), drawn by `draw(h, data, registries)` with the
   * registries' names (and, with `withCampaigns`, every campaign's data, as registries.campaigns). */
  function previewTemplate(schema, draw, withCampaigns = false) {
    return window.createClass({
      getInitialState() {
        return EMPTY;
      },
      componentDidMount() {
        // Campaigns name documents by number (or id), units and bodies by id.
        // Each registry is a folder of records, one entry each (load/registry.py).
        for (const [registry, keys] of [["units", ["id"]], ["organizations", ["id"]], ["documents", ["id", "number"]]]) {
          this.props.getCollection(registry)
            .then((entries) => this.setState({ [registry]: byKeys(Array.from(entries, plainData), keys) }))
            .catch(() => {}); // names stay codes until the registry loads
        }
        if (withCampaigns) {
          this.props.getCollection("campaigns").then((entries) => this.setState({ campaigns: Array.from(entries, plainData) }))
            .catch(() => {});
        }
      },
      render() {
        // Only real dates reach the page (a date being typed is the date box's to name), and an
        // entry the preview cannot draw yet says so in Vietnamese instead of a script error.
        const data = bienTap.realDatesOnly((bienTap.schemas || {})[schema], this.props.entry.get("data").toJS());
        try {
          return draw(window.h, data, this.state);
        } catch (error) {
          console.error(error);
          return window.h("p", { className: "cd-preview" },
            "Bản xem trước chưa hiện được mục này: kiểm tra các ô vừa sửa. Những gì đã gõ vẫn còn nguyên.");
        }
      },
    });
  }

  /** The site's own style sheets, as its home page links them (Material's bundle has a fingerprint in its name). */
  bienTap.siteStyles = async () => {
    const home = new URL("../", document.baseURI);
    const page = await (await fetch(home)).text();
    const links = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => new URL(match[1], home).href);
    return links.length ? links : [new URL("assets/stylesheets/site.css", home).href];
  };

  bienTap.registerPreview = (CMS, styles) => {
    for (const style of styles) CMS.registerPreviewStyle(style);
    // The page's own frame gives its text a margin; the preview pane has none.
    CMS.registerPreviewStyle(".cd-preview { padding: 0 1.2rem; }", { raw: true });
    CMS.registerPreviewTemplate("campaigns", previewTemplate("campaign", bienTap.campaignPreview));
    CMS.registerPreviewTemplate("documents", previewTemplate("documents", bienTap.documentPreview, true));
    for (const kind of ["units", "organizations"]) {
      CMS.registerPreviewTemplate(kind, previewTemplate(kind, (h, data, registries) => bienTap.recordPreview(h, data, registries, kind)));
    }
  };
})();
