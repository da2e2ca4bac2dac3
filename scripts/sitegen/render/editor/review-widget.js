// “Cần kiểm tra”: what make import was unsure of (the `review` list of a file, load/schema.py REVIEW),
// shown at the top of the form, each item with its field's name and a “Đã kiểm tra” button that removes
// it, and also at the field itself: the field's box ends with the note. The list is data, so saving
// keeps it; make check refuses a file until it is empty (fmt/files.py).
"use strict";
(() => {
  const bienTap = (globalThis.BienTap = globalThis.BienTap || {});
  const MARK = "kiemTra"; // data-kiem-tra on a field's box: the note shown at its end

  // The note at a field: an attribute of its box drawn by the style sheet, so React, which owns the
  // form's elements, is not disturbed. The list's own box is hidden when nothing is left to check.
  const STYLE = `
[data-kiem-tra]::after {
  content: "Cần kiểm tra: " attr(data-kiem-tra);
  display: block; margin-top: 6px; padding: 6px 10px; border-left: 4px solid #b71c1c; border-radius: 3px;
  background: #fdecea; color: #611a15; font-size: 14px; line-height: 1.4; white-space: normal;
}
[class*="ControlContainer"]:has(label[for^="review-field-"]):has(.cd-review--empty) { display: none; }
.cd-review { border: 2px solid #b71c1c; border-radius: 5px; background: #fdecea; color: #611a15; padding: 12px 16px; }
.cd-review ol { margin: 8px 0 0; padding-left: 20px; }
.cd-review li { margin: 6px 0; }
.cd-review button { margin-left: 8px; padding: 2px 10px; border: 1px solid #611a15; border-radius: 3px; background: #fff; color: #611a15; cursor: pointer; }
.cd-review--empty { border: 0; background: none; color: #2e7d32; padding: 0; }
`;

  const plain = (value) => (value && typeof value.toJS === "function" ? value.toJS() : value) || [];

  function labelOf(schemaName, field) {
    const properties = ((bienTap.schemas || {})[schemaName] || {}).properties || {};
    return (properties[field] || {}).title || "";
  }

  /** The box of the top-level field `field` in the form (label, control and hint): Decap names a control
   * `${name}-field-${n}`, the first such label is the top-level field's, and its box is a ControlContainer. */
  function fieldBox(field) {
    const label = field ? document.querySelector(`label[for^="${CSS.escape(field)}-field-"]`) : null;
    return label ? label.closest('[class*="ControlContainer"]') : null;
  }

  /** Put each item's note on its field's box, and take it off the boxes no item names any more. */
  function decorate(items) {
    const notes = new Map();
    for (const item of items) {
      const box = fieldBox(item.field);
      if (box) notes.set(box, [...(notes.get(box) || []), item.note]);
    }
    for (const box of document.querySelectorAll("[data-kiem-tra]")) {
      if (!notes.has(box)) delete box.dataset[MARK];
    }
    for (const [box, texts] of notes) {
      const text = texts.join(" · ");
      if (box.dataset[MARK] !== text) box.dataset[MARK] = text;
    }
  }

  bienTap.registerReviewWidget = (CMS) => {
    const style = document.createElement("style");
    style.textContent = STYLE;
    document.head.append(style);
    const h = window.h;
    const Control = window.createClass({
      componentDidMount() {
        decorate(plain(this.props.value));
        // Fields are drawn after this one, and again as the clerk types: keep their notes on.
        this.observer = new MutationObserver(() => decorate(plain(this.props.value)));
        this.observer.observe(document.body, { childList: true, subtree: true });
      },
      componentDidUpdate() {
        decorate(plain(this.props.value));
      },
      componentWillUnmount() {
        this.observer.disconnect();
        decorate([]);
      },
      checked(index) {
        const left = this.props.value.delete(index);
        this.props.onChange(left.size ? left : null); // null: editor.js drops the emptied list before saving
      },
      render() {
        const items = plain(this.props.value);
        const schema = this.props.entry.get("collection") === "campaigns" ? "campaign" : this.props.entry.get("collection");
        if (!items.length) {
          return h("div", { id: this.props.forID, className: "cd-review cd-review--empty" }, "Không còn chỗ nào cần kiểm tra.");
        }
        return h("div", { id: this.props.forID, className: "cd-review", role: "alert" },
          h("strong", null, `Còn ${items.length} chỗ máy nhập văn bản chưa chắc: đối chiếu từng chỗ với bản gốc, sửa ô đó nếu cần, `
            + "rồi bấm “Đã kiểm tra”. Chưa hết thì chưa duyệt được."),
          h("ol", null, items.map((item, index) => {
            const label = labelOf(schema, item.field);
            return h("li", { key: index }, `${label ? `${label}: ` : ""}${item.note}`,
              h("button", { type: "button", onClick: () => this.checked(index) }, "Đã kiểm tra"));
          })));
      },
    });
    CMS.registerWidget("kiem-tra", Control);
  };
})();
