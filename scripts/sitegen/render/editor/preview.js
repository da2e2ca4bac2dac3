// The preview beside the form: the campaign as its page shows it (title,
// status, facts, documents, tasks with unit names, events, materials,
// contacts), in the site's own styles. Names come from the registries, read
// through Decap; what the form leaves empty is said as the page says it.
"use strict";
(() => {
  const bienTap = (globalThis.BienTap = globalThis.BienTap || {});

  // Dates as the site writes them: 01/07/2023; a month 07/2023; a year 2023.
  function shownDate(value) {
    return (value === undefined || value === null ? "" : String(value)).split("-").reverse().join("/");
  }

  function byKey(records, key) {
    const map = new Map();
    for (const record of records || []) if (record && record[key]) map.set(record[key], record);
    return map;
  }

  function campaignTemplate(CMS) {
    const h = window.h;
    return window.createClass({
      getInitialState() { return { units: new Map(), documents: new Map(), organizations: new Map() }; },
      componentDidMount() {
        for (const [name, key] of [["units", "id"], ["organizations", "id"], ["documents", "number"]]) {
          this.props.getCollection("registries", name).then((entry) => {
            const records = (entry.get("data") || {})[name] || []; // getCollection gives plain data
            this.setState({ [name]: byKey(records, key) });
          }).catch(() => {});
        }
      },
      render() {
        return bienTap.campaignPreview(h, this.props.entry.get("data").toJS(), this.state);
      },
    });
  }

  const unitNames = (ids, units) => (ids || []).map((id) => (units.get(id) || {}).name || id).join(", ");

  bienTap.campaignPreview = (h, data, registries) => {
    const { units, documents } = registries;
    const timeframe = data.start || data.end
      ? `${data.start ? "Từ " + shownDate(data.start) : "Không ghi ngày bắt đầu"}${data.end ? " đến " + shownDate(data.end) : ", không ghi ngày kết thúc"}`
      : data.period ? `Năm/tháng ${shownDate(data.period)}` : "Văn bản không nêu thời gian";
    const rows = (data.tasks || []).map((task, index) => h("tr", { key: index },
      h("th", null, task.action || ""),
      h("td", null, unitNames(task.assignees, units)),
      h("td", null, task.partners && task.partners.length ? unitNames(task.partners, units) : "—"),
      h("td", null, task.due ? shownDate(task.due) : "Không ghi thời hạn")));
    const docs = (data.documents || []).map((number, index) => {
      const record = documents.get(number) || {};
      return h("li", { key: index }, [number, record.date ? shownDate(record.date) : "", record.subject || ""].filter(Boolean).join(" · "));
    });
    return h("article", { className: "md-typeset cd-preview" },
      h("h1", null, data.title || "(chưa có tên)"),
      h("p", null, data.summary || ""),
      h("dl", { className: "cd-facts" }, h("dt", null, "Thời gian"), h("dd", null, timeframe)),
      h("h2", null, "Văn bản chỉ đạo"),
      docs.length ? h("ul", null, docs) : h("p", null, "Chiến dịch chưa ghi văn bản chỉ đạo."),
      h("h2", null, "Nhiệm vụ"),
      rows.length ? h("table", null,
        h("thead", null, h("tr", null, h("th", null, "Nhiệm vụ"), h("th", null, "Đơn vị thực hiện"), h("th", null, "Đơn vị phối hợp"), h("th", null, "Thời hạn"))),
        h("tbody", null, rows)) : h("p", null, "Chưa ghi nhiệm vụ cho các đơn vị."));
  };

  bienTap.registerPreview = (CMS) => {
    const styles = new URL("../assets/stylesheets/site.css", document.baseURI).href;
    CMS.registerPreviewStyle(styles);
    CMS.registerPreviewTemplate("campaigns", campaignTemplate(CMS));
  };
})();
