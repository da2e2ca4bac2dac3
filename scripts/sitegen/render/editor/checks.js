// What the form checks beyond each field's own rules (required, pattern), the
// same as `make check` does (load/references.py, load/validate.py): dates in
// order, a material's link or file, a document's number or id. Decap has no
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
    list(data.materials).forEach((material, index) => {
      if (material && filled(material.url) === filled(material.file)) {
        problems.push(`Tài liệu ${index + 1} (${material.title || "chưa có tên"}) cần đúng một trong hai: liên kết hoặc tệp đính kèm.`);
      }
    });
    return problems;
  }

  function documentProblems(data) {
    return list(data.documents)
      .map((record, index) => (record && !filled(record.number) && !filled(record.id)
        ? `Văn bản ${index + 1} cần số ký hiệu hoặc mã văn bản.` : ""))
      .filter(Boolean);
  }

  /** The schema of an entry: campaigns/<slug>.yml, or a registry file. */
  function schemaName(collection, slug) {
    return collection === "campaigns" ? "campaign" : slug;
  }

  /** Every problem of an entry, one Vietnamese sentence each ([] when none). */
  bienTap.problems = (collection, slug, data) => {
    const name = schemaName(collection, slug);
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
    keyOrders((bienTap.schemas || {})[schemaName(collection, slug)], data, [], []);

  bienTap.emptyFixes = (collection, slug, data) =>
    emptyFixes((bienTap.schemas || {})[schemaName(collection, slug)], data, [], []);
})();
