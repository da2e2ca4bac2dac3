// What the form checks beyond each field's own rules (required, pattern), the
// same as `make check` does (load/references.py, load/validate.py): dates in
// order, a material's link or file, a document's number or id, a task's result.
// Each problem names the field it belongs to, and shows there: Decap has no check
// across fields, but a widget may refuse its value (isValid), so our date box and
// the text box ask `fieldProblems` for the problems of their own field when the
// form is saved. editor.js runs them all again before every save and refuses, in a
// notice, any that no field showed. Also, how an emptied field is written: as the
// schema wants it (schemas.js, generated from load/schema.py), never as "".
"use strict";
(() => {
  const bienTap = (globalThis.BienTap = globalThis.BienTap || {});

  const filled = (value) => value !== undefined && value !== null && value !== "";
  const list = (value) => (Array.isArray(value) ? value : []);
  const at = (path, message) => ({ path, message });
  const day = (value) => (bienTap.shownDate ? bienTap.shownDate(value) : String(value));

  function campaignProblems(data) {
    const problems = [];
    if (filled(data.start) && filled(data.end) && String(data.end) < String(data.start)) {
      problems.push(at(["end"], `Ngày kết thúc ${day(data.end)} ở trước ngày bắt đầu ${day(data.start)}: kiểm tra lại hai ngày; có thể đã đảo ngày và tháng.`));
    }
    if (filled(data.period) && (filled(data.start) || filled(data.end))) {
      problems.push(at(["period"], "Đã có ngày bắt đầu/kết thúc thì để trống “Tháng hoặc năm”: chỉ ghi tháng hoặc năm khi văn bản không nêu ngày cụ thể."));
    }
    list(data.events).forEach((event, index) => {
      if (event && filled(event.end_date) && filled(event.date) && String(event.end_date) < String(event.date)) {
        problems.push(at(["events", index, "end_date"], `Sự kiện ${index + 1} (${event.title || "chưa có tên"}): ngày kết thúc ở trước ngày diễn ra.`));
      }
    });
    list(data.tasks).forEach((task, index) => problems.push(...resultProblems(data, task, index)));
    list(data.materials).forEach((material, index) => {
      if (material && filled(material.url) === filled(material.file)) {
        problems.push(at(["materials", index, "url"], `Tài liệu ${index + 1} (${material.title || "chưa có tên"}) cần đúng một trong hai: liên kết hoặc tệp đính kèm.`));
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

  /** A task's recorded result, checked as load/references.py _outcome_problems does. Each problem shows at a
   * date of the task: “Ngày hoàn thành”, or the date of the row of “Kết quả từng đơn vị” it is about. */
  function resultProblems(data, task, index) {
    if (!task) return [];
    const name = `Nhiệm vụ ${index + 1}`;
    const here = (...path) => ["tasks", index, ...path];
    const problems = [];
    const rows = list(task.done_by);
    const results = rows.filter(Boolean);
    const firstRow = rows.findIndex(Boolean);
    if (filled(task.done) && results.length) {
      problems.push(at(here("done"), `${name}: đã ghi “Ngày hoàn thành” chung cho mọi đơn vị thì không ghi thêm kết quả từng đơn vị; giữ một trong hai.`));
    }
    if (filled(task.cancelled) && (filled(task.done) || results.length)) {
      problems.push(at(filled(task.done) ? here("done") : here("done_by", firstRow, "date"),
        `${name}: nhiệm vụ đã hủy thì không ghi ngày hoàn thành; xóa lý do hủy hoặc xóa ngày hoàn thành.`));
    }
    if (filled(task.report) && !filled(task.done)) {
      problems.push(at(here("done"), `${name}: có báo cáo kết quả mà chưa ghi ngày hoàn thành.`));
    }
    const days = filled(task.done) ? [[String(task.done), here("done")]] : [];
    const seen = new Set();
    rows.forEach((result, row) => {
      if (!result) return;
      if (filled(result.date)) days.push([String(result.date), here("done_by", row, "date")]);
      if (!list(task.assignees).includes(result.unit)) {
        problems.push(at(here("done_by", row, "date"), `${name}: đơn vị “${result.unit || "chưa chọn"}” không có trong các đơn vị thực hiện; chỉ ghi kết quả cho đơn vị thực hiện.`));
      } else if (seen.has(result.unit)) {
        problems.push(at(here("done_by", row, "date"), `${name}: đơn vị “${result.unit}” đã có kết quả ở dòng trên; mỗi đơn vị một dòng.`));
      }
      seen.add(result.unit);
    });
    const first = firstDay(data), today = isoToday();
    days.forEach(([done, path]) => {
      if (first && done < first) problems.push(at(path, `${name}: ngày hoàn thành ${day(done)} ở trước khi chiến dịch bắt đầu (${day(first)}).`));
      if (done > today) problems.push(at(path, `${name}: ngày hoàn thành ${day(done)} chưa tới; chỉ ghi kết quả khi việc đã làm xong.`));
    });
    return problems;
  }

  /** A document of the register is a file of its own (load/registry.py): its number is at the top of it. */
  function documentProblems(record) {
    return record && !filled(record.number) && !filled(record.id)
      ? [at(["number"], "Văn bản cần số ký hiệu hoặc mã văn bản.")] : [];
  }

  /** The schema of an entry: campaigns/<slug>.yml, or a record of a registry (its collection's name). */
  function schemaName(collection) {
    return collection === "campaigns" ? "campaign" : collection;
  }

  /** Every problem of an entry, with the path of the field it belongs to ([] when none). Dates that are
   * not real are the date box's to name, and left out here. */
  bienTap.problemsAt = (collection, slug, data) => {
    const name = schemaName(collection);
    const dated = bienTap.realDatesOnly ? bienTap.realDatesOnly((bienTap.schemas || {})[name], data) : data;
    if (name === "campaign") return campaignProblems(dated);
    if (name === "documents") return documentProblems(dated);
    return [];
  };

  /** Every problem of an entry, one Vietnamese sentence each ([] when none). */
  bienTap.problems = (collection, slug, data) => bienTap.problemsAt(collection, slug, data).map((problem) => problem.message);

  // A form field's id is "<name>-field-<n>" (Decap's EditorControl); the ids of a list's items are keys.
  const FIELD_ID = /^(.+)-field-\d+$/;

  /** The place of the list item holding `element` among the items of the list `container`
   * (Decap draws a list as its element, a bar, then one element holding the items in order). */
  function itemIndex(container, element) {
    for (let node = element; container && node && node.parentElement; node = node.parentElement) {
      if (node.parentElement.parentElement === container) return Array.prototype.indexOf.call(node.parentElement.children, node);
    }
    return -1;
  }

  /** Where a field of the form is in the entry's data (["tasks", 0, "done"]), from the ids Decap gives the
   * field's parents (a field's id, then, for a list, its item's key) and the item's place on the page;
   * null when it cannot be told. `element` is the field's own input. */
  function fieldPath(parentIds, name, element) {
    const path = [];
    for (let i = 0; i < parentIds.length; i += 1) {
      const named = typeof parentIds[i] === "string" && FIELD_ID.exec(parentIds[i]);
      if (!named) continue; // a list item's object has no id of its own
      path.push(named[1]);
      const key = parentIds[i + 1];
      if (typeof key === "string" && !FIELD_ID.test(key)) {
        const index = itemIndex(document.getElementById(parentIds[i]), element);
        if (index < 0) return null;
        path.push(index);
        i += 1;
      }
    }
    return [...path, name];
  }

  // The problems of an entry, worked out once per version of its data: each field asks on every save.
  const found = new WeakMap();
  function problemsOf(entry) {
    const data = entry.get("data");
    if (!data || typeof data.toJS !== "function") return [];
    if (!found.has(data)) found.set(data, bienTap.problemsAt(entry.get("collection"), entry.get("slug"), data.toJS()));
    return found.get(data);
  }

  /** The problems to show at the field whose control has `props` (Decap's props of a widget). */
  bienTap.fieldProblems = (props) => {
    const entry = typeof props.getEntry === "function" ? props.getEntry() : props.entry;
    if (!entry || !props.field) return [];
    const path = fieldPath(props.parentIds || [], props.field.get("name"), document.getElementById(props.forID));
    if (!path) return [];
    const key = JSON.stringify(path);
    return problemsOf(entry).filter((problem) => JSON.stringify(problem.path) === key).map((problem) => problem.message);
  };

  // Decap refuses a save whose fields have errors without a word when none is a missing
  // required field, and the field may be out of sight: the first field to refuse comes into view.
  let revealing = false;
  bienTap.revealField = (id) => {
    if (revealing) return;
    revealing = true;
    setTimeout(() => {
      revealing = false;
    }, 0);
    const element = document.getElementById(id);
    if (element) element.scrollIntoView({ block: "center" });
  };

  /** Decap's text box, which also shows the problems across fields that belong to it
   * (a material's link, a document's number). */
  bienTap.registerCheckedText = (CMS) => {
    const string = CMS.getWidget("string");
    class CheckedString extends string.control {
      // Decap calls it detached from the control: an arrow keeps `this`.
      isValid = () => {
        const problems = bienTap.fieldProblems(this.props);
        if (!problems.length) return true;
        bienTap.revealField(this.props.forID);
        return { error: { type: "CUSTOM", parentIds: this.props.parentIds, message: problems.join(" ") } };
      };
    }
    CMS.registerWidget("string", CheckedString, string.preview, string.schema);
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
