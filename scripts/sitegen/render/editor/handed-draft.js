// A draft handed over by “Nhập văn bản đến” (nhap/): the import page leaves it in
// localStorage and opens the form at #/collections/<collection>/new; there each
// top-level field's own widget takes its value from the draft as the new entry's
// form appears, as if the clerk had typed it (the preview, the checks and “Lưu”
// then work as usual). Taken once: the page's next new entry starts empty.
//
// Why not Decap's own “restore unsaved work” (its local backup): for a new entry
// it is read while Decap is still fetching the media list, and the empty form
// that arrives after it replaces the restored one.
"use strict";
(() => {
  const bienTap = (globalThis.BienTap = globalThis.BienTap || {});
  const KEY = "bien-tap.nhap";
  let handed; // {collection, data}, read once per page; null when there is none, or once used

  function take(collection) {
    if (handed === undefined) {
      try {
        handed = JSON.parse(localStorage.getItem(KEY) || "null");
      } catch {
        handed = null;
      }
      const here = handed && location.hash.startsWith(`#/collections/${handed.collection}/new`);
      if (!here || !(handed.until > Date.now())) handed = null;
      else localStorage.removeItem(KEY);
    }
    return handed && handed.collection === collection ? handed.data : null;
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

  function filled(Control) {
    return class extends Control {
      componentDidMount() {
        super.componentDidMount?.();
        const { entry, field, parentIds, onChange } = this.props;
        if (parentIds?.length || !entry?.get("newRecord")) return; // a field inside a list or group: its parent fills it
        const data = take(entry.get("collection"));
        if (!data) return;
        // Every top-level field of the form mounts in this same turn; the draft is spent after it.
        setTimeout(() => { handed = null; });
        if (Object.hasOwn(data, field.get("name"))) onChange(immutable(field, data[field.get("name")]));
      }
    };
  }

  bienTap.fillHandedDrafts = (CMS) => {
    for (const { name } of CMS.getWidgets()) {
      const widget = CMS.getWidget(name);
      if (widget.control?.prototype?.isReactComponent) widget.control = filled(widget.control);
    }
  };
})();
