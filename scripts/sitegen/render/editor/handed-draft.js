// A draft handed over by “Nhập văn bản đến” (nhap/): the import page leaves it in
// localStorage and opens the form at #/collections/<collection>/new; there each
// top-level field takes its value from the draft before its widget is drawn, as
// if the clerk had typed it (the preview, the checks and “Lưu” then work as usual).
// Taken once: the page's next new entry starts empty.
//
// Why not Decap's own “restore unsaved work” (its local backup): for a new entry
// it is read while Decap is still fetching the media list, and the empty form
// that arrives after it replaces the restored one.
//
// Why each widget is drawn only once its value is in: Decap's list and relation
// widgets read their value when they are made (the list keeps its items, the
// relation its chosen records); one given a value afterwards shows it, but edits
// made in it then start again from the empty value and are lost on save.
"use strict";
(() => {
  const bienTap = (globalThis.BienTap = globalThis.BienTap || {});
  const KEY = "bien-tap.nhap";

  /** The draft handed to this page, if it was opened for it: {collection, data}; read once, then removed. */
  function takeHanded() {
    let handed;
    try {
      handed = JSON.parse(localStorage.getItem(KEY) || "null");
    } catch {
      return null;
    }
    if (!handed || !(handed.until > Date.now()) || !location.hash.startsWith(`#/collections/${handed.collection}/new`)) {
      return null;
    }
    localStorage.removeItem(KEY);
    return handed;
  }

  /** `value` as Decap holds a field's value: Immutable lists and (ordered) maps, whose classes are taken from
   * `like`, any map of Decap's (Decap does not export Immutable). */
  function immutable(like, value) {
    const [OrderedMap, List] = [like.toOrderedMap().constructor, like.toList().constructor];
    const convert = (item) => {
      if (Array.isArray(item)) return new List(item.map(convert));
      if (item && typeof item === "object") return new OrderedMap(Object.entries(item).map(([key, inner]) => [key, convert(inner)]));
      return item;
    };
    return convert(value);
  }

  /** The widget `Control`, drawn only once the handed value of its field is in the entry. */
  function filled(Control, handed) {
    return window.createClass({
      displayName: "BanNhapDaNhap",
      getInitialState() {
        const { entry, field, parentIds } = this.props;
        const mine = !parentIds?.length && entry?.get("newRecord") && entry.get("collection") === handed.collection
          && Object.hasOwn(handed.data, field.get("name")) && !handed.used.has(field.get("name"));
        return { waiting: Boolean(mine), before: this.props.value };
      },
      componentDidMount() {
        if (!this.state.waiting) return;
        const name = this.props.field.get("name");
        handed.used.add(name); // each field once: a second new entry on this page starts empty
        const value = immutable(this.props.field, handed.data[name]);
        this.props.onChange(value);
        if (value === this.state.before) this.setState({ waiting: false }); // the same text as the empty form's: no change comes
      },
      componentDidUpdate() {
        if (this.state.waiting && this.props.value !== this.state.before) this.setState({ waiting: false });
      },
      // Decap asks the widget it holds (this one) whether the value is valid, and whether to redraw.
      isValid() {
        return this.inner?.isValid ? this.inner.isValid() : true;
      },
      render() {
        if (this.state.waiting) return null;
        return window.h(Control, { ...this.props, ref: (inner) => { this.inner = inner; } });
      },
    });
  }

  /** Before Decap starts: on a page opened for a handed draft, every widget waits for its value. */
  bienTap.fillHandedDrafts = (CMS) => {
    const handed = takeHanded();
    if (!handed) return;
    handed.used = new Set();
    for (const { name } of CMS.getWidgets()) {
      const widget = CMS.getWidget(name);
      if (widget.control) widget.control = filled(widget.control, handed);
    }
  };
})();
