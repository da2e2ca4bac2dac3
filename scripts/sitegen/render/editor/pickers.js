// The pickers that choose a record of a registry (Decap's relation widget), made to help:
// - a number is found however it was typed: case, Đ/D, spaces, no-break spaces and hyphen
//   against slash do not matter, as they do not for make check (load/references.py);
// - when nothing is found, the picker says so in Vietnamese and offers “Thêm vào sổ”: the
//   registry's new-record form, in a new tab, with the typed number (or name) filled in.
"use strict";
(() => {
  const bienTap = (globalThis.BienTap = globalThis.BienTap || {});

  // What each registry is called, and the field a typed value fills in a new record.
  const REGISTRIES = {
    documents: { name: "sổ văn bản", field: "number" },
    units: { name: "danh mục đơn vị", field: "name" },
    organizations: { name: "danh mục cơ quan ban hành", field: "name" },
  };

  /** A typed number as Decap's fuzzy search can match it against any writing of it: without the
   * characters it may be written with or without (spaces, slashes, hyphens, dots, Đ and D). Text
   * without a digit (a name) is left as typed. */
  bienTap.searchTerm = (term) => (/\d/.test(term || "")
    ? term.normalize("NFC").replace(/[\s\u00a0\u202f/\-–.đĐdD]/g, "")
    : term);

  function notFound(h, collection, typed) {
    const registry = REGISTRIES[collection] || { name: "sổ", field: "name" };
    if (!typed || !typed.trim()) return "Không có lựa chọn nào.";
    const value = typed.replace(/[\u00a0\u202f]/g, " ").trim();
    const address = `${location.pathname}#/collections/${collection}/new?${registry.field}=${encodeURIComponent(value)}`;
    return h("span", null, `Chưa có “${value}” trong ${registry.name}. `,
      h("a", { href: address, target: "_blank", rel: "noopener" }, "Thêm vào sổ"),
      " (mở ở thẻ mới: lưu ở đó, rồi gõ lại ở đây để chọn).");
  }

  bienTap.registerPickers = (CMS) => {
    const relation = CMS.getWidget("relation");
    class Picker extends relation.control {
      constructor(props) {
        super(props);
        const load = this.loadOptions; // Decap's, debounced
        this.loadOptions = (term, callback) => load(bienTap.searchTerm(term), callback);
      }

      async componentDidMount() {
        await super.componentDidMount(); // loads the names of the records already chosen
        // Decap's control redraws only when its props change, not its state: a value it was given as it was
        // made (a draft from “Nhập văn bản đến”) showed no chosen record until something else changed.
        if (this.mounted) this.forceUpdate();
      }

      render() {
        const select = super.render();
        const collection = this.props.field.get("collection");
        return window.h(select.type, {
          ...select.props,
          loadingMessage: () => "Đang tìm…",
          noOptionsMessage: ({ inputValue }) => notFound(window.h, collection, inputValue),
        });
      }
    }
    CMS.registerWidget("relation", Picker, relation.preview, relation.schema);
  };
})();
