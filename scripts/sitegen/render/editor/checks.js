// What the form checks beyond each field's own rules (required, pattern), the
// same as `make check` does (load/references.py, load/validate.py): dates in
// order, a material's link or file, a document's number or id, a task's result. Decap has no
// check across fields; editor.js runs these before every save and refuses the
// save with their message. Also, how an emptied field is written: as the
// schema wants it (schemas.js, generated from load/schema.py), never as "".
"use strict";
(() => {
  const bienTap = (globalThis.BienTap = globalThis.BienTap || {});

  const filled = (value) => value !== undefined && value !== null && value !== "";
  const list = (value) => (Array.isArray(value) ? value : []);

  function campaignProblems(data) {
    const problems = [];
    if (filled(data.start) && filled(data.end) && String(data.end) < String(data.start)) {
      problems.push(`Ngày kết thúc ${data.end} ở trước ngày bắt đầu ${data.start}: kiểm tra lại hai ngày; có thể đã đảo ngày và tháng.`);
    }
    if (filled(data.period) && (filled(data.start) || filled(data.end))) {
      problems.push("Đã có ngày bắt đầu/kết thúc thì để trống “Tháng hoặc năm”: chỉ ghi tháng hoặc năm khi văn bản không nêu ngày cụ thể.");
    }
    list(data.events).forEach((event, index) => {
      if (event && filled(event.end_date) && filled(event.date) && String(event.end_date) < String(event.date)) {
        problems.push(`Sự kiện ${index + 1} (${event.title || "chưa có tên"}): ngày kết thúc ở trước ngày diễn ra.`);
      }
    });
    list(data.tasks).forEach((task, index) => problems.push(...resultProblems(data, task, index)));
    list(data.materials).forEach((material, index) => {
      if (material && filled(material.url) === filled(material.file)) {
        problems.push(`Tài liệu ${index + 1} (${material.title || "chưa có tên"}) cần đúng một trong hai: liên kết hoặc tệp đính kèm.`);
      }
    });
    return problems;
  }

  /** Today in the browser, as 2023-07-01: a result may not be recorded for a day to come. */
  function isoToday() {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  }

  /** The campaign's first day: its start, or the first of the month or year it names. */
  function firstDay(data) {
    if (filled(data.start)) return String(data.start);
    if (!filled(data.period)) return "";
    const period = String(data.period);
    return period.length === 4 ? `${period}-01-01` : period.length === 7 ? `${period}-01` : period;
  }

  /** A task's recorded result, checked as load/references.py _outcome_problems does. */
  function resultProblems(data, task, index) {
    if (!task) return [];
    const name = `Nhiệm vụ ${index + 1}`;
    const problems = [];
    const results = list(task.done_by).filter(Boolean);
    if (filled(task.done) && results.length) {
      problems.push(`${name}: đã ghi “Ngày hoàn thành” chung cho mọi đơn vị thì không ghi thêm kết quả từng đơn vị; giữ một trong hai.`);
    }
    if (filled(task.cancelled) && (filled(task.done) || results.length)) {
      problems.push(`${name}: nhiệm vụ đã hủy thì không ghi ngày hoàn thành; xóa lý do hủy hoặc xóa ngày hoàn thành.`);
    }
    if (filled(task.report) && !filled(task.done)) {
      problems.push(`${name}: có báo cáo kết quả mà chưa ghi ngày hoàn thành.`);
    }
    const days = filled(task.done) ? [String(task.done)] : [];
    const seen = new Set();
    results.forEach((result) => {
      if (filled(result.date)) days.push(String(result.date));
      if (!list(task.assignees).includes(result.unit)) {
        problems.push(`${name}: đơn vị “${result.unit || "chưa chọn"}” không có trong các đơn vị thực hiện; chỉ ghi kết quả cho đơn vị thực hiện.`);
      } else if (seen.has(result.unit)) {
        problems.push(`${name}: đơn vị “${result.unit}” đã có kết quả ở dòng trên; mỗi đơn vị một dòng.`);
      }
      seen.add(result.unit);
    });
    const first = firstDay(data), today = isoToday();
    days.forEach((day) => {
      if (first && day < first) problems.push(`${name}: ngày hoàn thành ${day} ở trước khi chiến dịch bắt đầu (${first}).`);
      if (day > today) problems.push(`${name}: ngày hoàn thành ${day} chưa tới; chỉ ghi kết quả khi việc đã làm xong.`);
    });
    return problems;
  }

  function documentProblems(record) {
    return record && !filled(record.number) && !filled(record.id) ? ["Văn bản cần số ký hiệu hoặc mã văn bản."] : [];
  }

  /** The schema of an entry: campaigns/<slug>.yml, or a record of a registry (its collection's name). */
  function schemaName(collection) {
    return collection === "campaigns" ? "campaign" : collection;
  }

  /** Every problem of an entry, one Vietnamese sentence each ([] when none). */
  bienTap.problems = (collection, slug, data) => {
    const name = schemaName(collection);
    if (name === "campaign") return campaignProblems(data);
    if (name === "documents") return documentProblems(data);
    return [];
  };

  const types = (schema) => [].concat(schema.type || []);

  /** Changes that write emptied fields as the schema wants: [path, value], value undefined to drop the key. */
  function emptyFixes(schema, data, path, fixes) {
    if (!schema || !data || typeof data !== "object") return fixes;
    if (Array.isArray(data)) {
      data.forEach((item, index) => emptyFixes(schema.items, item, [...path, index], fixes));
      return fixes;
    }
    const required = schema.required || [];
    for (const [key, property] of Object.entries(schema.properties || {})) {
      const value = data[key];
      const nullable = types(property).includes("null");
      if ((value === undefined || value === "") && required.includes(key) && nullable) {
        fixes.push([[...path, key], null]); // start: and end: stay, empty, when the document is silent
      } else if (value === "" || (value === null && !nullable)) {
        fixes.push([[...path, key], nullable ? null : undefined]);
      } else {
        emptyFixes(property, value, [...path, key], fixes);
      }
    }
    return fixes;
  }

  /** Every record of `data` with the order of its keys in the schema: [path, keys]. */
  function keyOrders(schema, data, path, orders) {
    if (!schema || !data || typeof data !== "object") return orders;
    if (Array.isArray(data)) {
      data.forEach((item, index) => keyOrders(schema.items, item, [...path, index], orders));
      return orders;
    }
    const keys = Object.keys(schema.properties || {});
    if (keys.length) orders.push([path, keys]);
    for (const key of keys) keyOrders(schema.properties[key], data[key], [...path, key], orders);
    return orders;
  }

  // Decap keeps a record in an Immutable Map, which forgets the order of more than
  // eight keys (a document of the register has up to seventeen): editor.js puts
  // every record back in the schema's order, the order files are kept in.
  bienTap.keyOrders = (collection, slug, data) =>
    keyOrders((bienTap.schemas || {})[schemaName(collection)], data, [], []);

  bienTap.emptyFixes = (collection, slug, data) =>
    emptyFixes((bienTap.schemas || {})[schemaName(collection)], data, [], []);
})();
