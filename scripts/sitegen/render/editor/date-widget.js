// The date box of the form ("ngay" widget): the editor types the day as
// Vietnamese write it, 01/07/2023 (or 1/7/2023, 1-7-2023, 2023-07-01), whatever
// the browser's language; the file gets 2023-07-01, as `make check` wants it.
// Decap's own date box is the browser's, which on an English browser reads
// mm/dd/yyyy: 01/07 would become the 7th of January.
"use strict";
(() => {
  const bienTap = (globalThis.BienTap = globalThis.BienTap || {});
  const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
  const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
  const pad = (number) => String(number).padStart(2, "0");

  /** "1/7/2023" or "2023-07-01" as "2023-07-01" (not checked for being real); "" when not a date's form. */
  function isoForm(text) {
    const value = String(text).trim();
    const iso = ISO.exec(value);
    if (iso) return value;
    const dayFirst = DAY_FIRST.exec(value);
    return dayFirst ? `${dayFirst[3]}-${pad(dayFirst[2])}-${pad(dayFirst[1])}` : "";
  }

  function isRealDay(iso) {
    const [year, month, day] = iso.split("-").map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }

  /** "2023-07-01" shown as "01/07/2023"; anything else as it is. */
  function shown(value) {
    const iso = ISO.exec(value === undefined || value === null ? "" : String(value));
    return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value || "";
  }

  /** Why the value of a date box is not a date (a Vietnamese sentence), or "" when it is one or empty. */
  function dateProblem(label, value) {
    const text = value === undefined || value === null ? "" : String(value).trim();
    if (!text) return "";
    const iso = isoForm(text);
    if (!iso) return `${label}: “${text}” không phải một ngày; viết ngày/tháng/năm, ví dụ 01/07/2023.`;
    if (!isRealDay(iso)) return `${label}: ngày ${shown(iso)} không có thật; kiểm tra lại ngày và tháng (tháng 2 chỉ có 28 hoặc 29 ngày).`;
    return "";
  }

  function control() {
    return window.createClass({
      getInitialState() {
        return { text: shown(this.props.value) };
      },
      componentDidUpdate(previous) {
        // A value set from outside (a draft restored): show it, unless it is what is typed.
        if (previous.value !== this.props.value && isoForm(this.state.text) !== this.props.value) {
          this.setState({ text: shown(this.props.value) });
        }
      },
      isValid() {
        const problem = dateProblem(this.props.field.get("label", this.props.field.get("name")), this.props.value);
        return problem ? { error: { message: problem } } : true;
      },
      handleChange(event) {
        const text = event.target.value;
        this.setState({ text });
        const iso = isoForm(text);
        // A real date is kept in the file's form; anything else as typed, for isValid to name.
        this.props.onChange(iso && isRealDay(iso) ? iso : text.trim() ? text : "");
      },
      render() {
        return window.h("input", {
          id: this.props.forID, type: "text", inputMode: "numeric", autoComplete: "off",
          className: this.props.classNameWrapper, placeholder: "ngày/tháng/năm, ví dụ 01/07/2023",
          value: this.state.text, onChange: this.handleChange,
          onFocus: this.props.setActiveStyle, onBlur: this.props.setInactiveStyle,
        });
      },
    });
  }

  const preview = (props) => window.h("span", null, shown(props.value));

  bienTap.isoForm = isoForm;
  bienTap.dateProblem = dateProblem;
  bienTap.registerDateWidget = (CMS) => CMS.registerWidget("ngay", control(), preview);
})();
