// The date box of the form ("ngay" widget), for every date of campaigns and registries: the
// editor types a day as Vietnamese write it, 01/07/2023 (or 1/7/2023, 1-7-2023, 2023-07-01),
// whatever the browser's language, and, where the schema allows a partial date (format
// "partial-date" in load/schema.py, `partial: true` in config.yml), a month, 07/2023, or a
// year, 2023. The file gets 2023-07-01, 2023-07 or 2023, as `make check` wants it.
// Decap's own date box is the browser's, which on an English browser reads mm/dd/yyyy:
// 01/07 would become the 7th of January.
// What is typed stays in the box, but the entry only ever holds a real date or nothing: the
// preview and the checks across fields never meet "29/02/2023" (it showed "undefined/undefined/NaN").
"use strict";
(() => {
  const bienTap = (globalThis.BienTap = globalThis.BienTap || {});
  const SEPARATOR = String.raw`\s*[/.-]\s*`;
  // Each form a date may be typed in, and which number is the year, the month and the day.
  const FORMS = [
    [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, ["year", "month", "day"]],
    [new RegExp(String.raw`^(\d{1,2})${SEPARATOR}(\d{1,2})${SEPARATOR}(\d{4})$`), ["day", "month", "year"]],
    [/^(\d{4})-(\d{1,2})$/, ["year", "month"]],
    [new RegExp(String.raw`^(\d{1,2})${SEPARATOR}(\d{4})$`), ["month", "year"]],
    [/^(\d{4})$/, ["year"]],
  ];
  const pad = (number) => String(number).padStart(2, "0");
  const text = (value) => (value === undefined || value === null ? "" : String(value).trim());

  /** The numbers of a typed date ({year, month, day}, month and day absent when not typed), or null when it is not a date's form. */
  function parts(typed) {
    const value = text(typed);
    for (const [form, names] of FORMS) {
      const match = form.exec(value);
      if (match) return Object.fromEntries(names.map((name, index) => [name, Number(match[index + 1])]));
    }
    return null;
  }

  const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

  /** How a date is shown in the box and in messages: 01/07/2023, 07/2023, 2023. */
  function shownParts({ year, month, day }) {
    return [day, month].filter((part) => part !== undefined).map(pad).concat(String(year)).join("/");
  }

  /** Why the numbers are not a real date (a Vietnamese aside), or "" when they are one. */
  function unreal({ year, month, day }) {
    if (month !== undefined && (month < 1 || month > 12)) {
      return day !== undefined && day >= 1 && day <= 12 ? "tháng chỉ từ 1 đến 12; ngày viết trước tháng" : "tháng chỉ từ 1 đến 12";
    }
    if (day !== undefined && (day < 1 || day > daysIn(year, month))) {
      return `tháng ${month}${month === 2 ? ` năm ${year}` : ""} chỉ có ${daysIn(year, month)} ngày`;
    }
    return "";
  }

  /** Why a typed date cannot be kept (a Vietnamese sentence naming the field), or "" when it can or the box is empty. */
  function dateProblem(label, typed, partial = false) {
    const value = text(typed);
    if (!value) return "";
    const found = parts(value);
    if (!found) {
      return partial
        ? `${label}: “${value}” không phải ngày, tháng hay năm; viết 01/07/2023, 07/2023 hoặc 2023.`
        : `${label}: “${value}” không phải một ngày; viết ngày/tháng/năm, ví dụ 01/07/2023.`;
    }
    const why = unreal(found);
    if (why) return `${label}: ${found.day !== undefined ? "ngày" : "tháng"} ${shownParts(found)} không có thật (${why}).`;
    if (!partial && found.day === undefined) return `${label}: “${value}” chưa đủ ngày, tháng, năm; viết ví dụ 01/07/2023.`;
    return "";
  }

  /** What the file gets for a typed date: "2023-07-01", "2023-07", or the year as a number (2023), as
   * YAML reads `2023`; "" when the box is empty or holds no real date of the kind the field takes. */
  function dateValue(typed, partial = false) {
    const found = parts(typed);
    if (!found || dateProblem("", typed, partial)) return "";
    if (found.month === undefined) return found.year;
    return [String(found.year), pad(found.month), ...(found.day === undefined ? [] : [pad(found.day)])].join("-");
  }

  /** A value of the file shown as it is typed: 2023-07-01 as 01/07/2023, 2023-07 as 07/2023; anything else as it is. */
  function shownDate(value) {
    const found = /^\d{4}(-\d{2}){0,2}$/.test(text(value)) ? parts(value) : null;
    return found ? shownParts(found) : text(value);
  }

  /** Whether a value of the file is a real date (a day, or also a month or year when `partial`). */
  const isRealDate = (value, partial) => text(value) !== "" && dateValue(shownDate(value), partial) !== "";

  const sameValue = (one, other) => text(one) === text(other);

  function control() {
    return window.createClass({
      getInitialState() {
        return { text: shownDate(this.props.value) };
      },
      componentDidUpdate(previous) {
        // A value set from outside (a draft restored, an entry loaded): show it, unless it is what was typed.
        if (!sameValue(previous.value, this.props.value) && !sameValue(this.props.value, this.written)) {
          this.setState({ text: shownDate(this.props.value) });
        }
      },
      partial() {
        return Boolean(this.props.field.get("partial"));
      },
      // Decap's check that a required box is filled reads this: a box holding text is not empty,
      // even when the text is no date yet (isValid says why).
      getValidateValue() {
        return text(this.state.text);
      },
      isValid() {
        const label = this.props.field.get("label", this.props.field.get("name"));
        const own = dateProblem(label, this.state.text, this.partial());
        const message = own || (bienTap.fieldProblems ? bienTap.fieldProblems(this.props) : []).join(" ");
        if (!message) return true;
        if (bienTap.revealField) bienTap.revealField(this.props.forID);
        return { error: { type: "CUSTOM", parentIds: this.props.parentIds, message } };
      },
      handleChange(event) {
        const typed = event.target.value;
        this.setState({ text: typed });
        this.written = dateValue(typed, this.partial());
        if (!sameValue(this.written, this.props.value)) this.props.onChange(this.written);
      },
      render() {
        const example = this.partial() ? "ngày/tháng/năm, tháng/năm hoặc năm: 01/07/2023, 07/2023, 2023"
          : "ngày/tháng/năm, ví dụ 01/07/2023";
        return window.h("input", {
          id: this.props.forID, type: "text", inputMode: "numeric", autoComplete: "off",
          className: this.props.classNameWrapper, placeholder: example,
          value: this.state.text, onChange: this.handleChange,
          onFocus: this.props.setActiveStyle, onBlur: this.props.setInactiveStyle,
        });
      },
    });
  }

  /** `data` without the values of date fields (by `schema`) that are not real dates: what the preview and the checks read. */
  function realDatesOnly(schema, data) {
    if (!schema || data === null || typeof data !== "object") return data;
    if (Array.isArray(data)) return data.map((item) => realDatesOnly(schema.items, item));
    const kept = { ...data };
    for (const [key, property] of Object.entries(schema.properties || {})) {
      if (!(key in kept)) continue;
      const format = property.format;
      if ((format === "date" || format === "partial-date") && text(kept[key]) !== "") {
        if (!isRealDate(kept[key], format === "partial-date")) delete kept[key];
      } else {
        kept[key] = realDatesOnly(property, kept[key]);
      }
    }
    return kept;
  }

  const preview = (props) => window.h("span", null, shownDate(props.value));

  Object.assign(bienTap, { dateValue, dateProblem, shownDate, isRealDate, realDatesOnly });
  bienTap.registerDateWidget = (CMS) => CMS.registerWidget("ngay", control(), preview);
})();
