// “Nhập văn bản đến” (/bien-tap/nhap/): make import's own Python code, run by
// Pyodide in this browser, reads the chosen file against the published registries
// (so-dang-ky.json) and returns each file it would write, text and data. Each one
// is handed to the form as a draft: left in localStorage, then the form's new-entry
// page is opened, which fills its fields from it (handed-draft.js). The clerk checks
// the marks and saves: the entry goes to the git host like any other.
//
// A scan or a photo: the Python side answers {needs_ocr} instead. Here pixels only
// become text: pdf.js draws each page of a scanned PDF (as pdftoppm does for make
// import, the same size and number of pages), tesseract.js reads it in Vietnamese,
// and the text goes back to the same Python code, which marks every fact as read by
// OCR. Both are fetched only then, from this site, never from another host.
import { loadPyodide } from "./pyodide/pyodide.mjs";

const ROOT = "/du-an"; // the project as the import sees it: the registries and the campaign file names
const INBOX = "/van-ban-den";
const status = document.getElementById("trang-thai");
const picker = document.getElementById("tep");
const WHAT = { campaigns: "Chiến dịch (bản nháp)", documents: "Văn bản mới cho sổ", organizations: "Cơ quan ban hành mới" };

function say(text, problem = false, busy = false) {
  status.textContent = text;
  status.classList.toggle("problem", problem);
  status.setAttribute("aria-busy", String(busy));
}

const here = (path) => new URL(path, import.meta.url).href;
let ocrWorker; // one tesseract.js worker, made at the first scan and kept for the next

function ocrReader() {
  ocrWorker ??= import("./tesseract/tesseract.esm.min.js").then(({ default: Tesseract }) => new Promise(
    (resolve, reject) => Tesseract.createWorker("vie", Tesseract.OEM.LSTM_ONLY, {
      workerPath: here("tesseract/worker.min.js"),
      workerBlobURL: false, // a blob: worker would be outside the page's policy, and gains nothing here
      corePath: here("tesseract/core/"), // the worker picks the build this browser's WebAssembly runs best
      langPath: here("tesseract/vie"),
      cacheMethod: "none", // the browser's own cache keeps the model; a copy in IndexedDB could outlive a new release
      // createWorker never settles when the model cannot be fetched (tesseract.js 7.0.0): its error comes here.
      errorHandler: reject,
    }).then(resolve, reject)));
  ocrWorker.catch(() => { ocrWorker = undefined; }); // tried again at the next file
  return ocrWorker;
}

async function textOf(worker, image) {
  const { data } = await worker.recognize(image);
  return data.text;
}

async function pdfText(bytes, answer, name) {
  const pdfjs = await import("./pdfjs/pdf.min.mjs");
  pdfjs.GlobalWorkerOptions.workerSrc = here("pdfjs/pdf.worker.min.mjs");
  const loading = pdfjs.getDocument({ data: bytes, wasmUrl: here("pdfjs/wasm/"), isEvalSupported: false });
  const pdf = await loading.promise;
  const worker = await ocrReader();
  const count = Math.min(pdf.numPages, answer.max_pages); // as make import: the first pages, the letter itself
  const pages = [];
  try {
    for (let number = 1; number <= count; number += 1) {
      say(`Đang đọc chữ trong ảnh: trang ${number}/${count} của ${name}…`, false, true);
      const page = await pdf.getPage(number);
      const side = page.getViewport({ scale: 1 });
      // Its long side as an A4 page's at 300 dpi, whatever size the page claims (ocr.py's PAGE_PIXELS).
      const viewport = page.getViewport({ scale: answer.page_pixels / Math.max(side.width, side.height) });
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      await page.render({ canvas, viewport, background: "#fff" }).promise;
      pages.push(await textOf(worker, canvas));
      page.cleanup();
    }
  } finally {
    await loading.destroy();
  }
  return pages.join("\n");
}

function decoded(file) {
  // The browser's own decoder, which turns a phone's photo upright as it shows it; null for what it cannot show.
  return new Promise((resolve) => {
    const image = new Image();
    const url = URL.createObjectURL(file);
    image.onload = () => { URL.revokeObjectURL(url); resolve(image); };
    image.onerror = () => { URL.revokeObjectURL(url); resolve(null); };
    image.src = url;
  });
}

class Unread extends Error {} // a line for the clerk, from the Python side's answer

async function imageText(file, answer, name) {
  const image = await decoded(file);
  // Its size is known from the header, before any pixel is drawn: a bomb stops here.
  if (image && image.naturalWidth * image.naturalHeight > answer.max_image_pixels) throw new Unread(answer.too_large);
  const worker = await ocrReader();
  say(`Đang đọc chữ trong ảnh ${name}…`, false, true);
  let pixels = file; // not shown by this browser (a .tif in Chrome): Tesseract's own decoder tries
  if (image) {
    pixels = document.createElement("canvas");
    pixels.width = image.naturalWidth;
    pixels.height = image.naturalHeight;
    pixels.getContext("2d").drawImage(image, 0, 0);
  }
  try {
    return await textOf(worker, pixels);
  } catch (error) {
    console.error(error);
    throw new Unread(answer.unreadable);
  }
}

async function ocrText(file, answer) {
  say(`${file.name} là bản quét hoặc ảnh chụp: đang nạp bộ đọc chữ trong ảnh (lần đầu mất vài giây)…`, false, true);
  if (answer.needs_ocr === "pdf") return pdfText(new Uint8Array(await file.arrayBuffer()), answer, file.name);
  return imageText(file, answer, file.name);
}

function today() {
  const now = new Date(); // the clerk's own day, as make import takes the machine's
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, "0")).join("-");
}

function writeTree(FS, path, content) {
  FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
  FS.writeFile(path, content);
}

async function fetched(name) {
  const response = await fetch(name);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response;
}

async function start() {
  const [pyodide, code, snapshot] = await Promise.all([
    loadPyodide({ indexURL: new URL("pyodide/", import.meta.url).href, fullStdLib: false }),
    fetched("sitegen.zip").then((response) => response.arrayBuffer()),
    fetched("so-dang-ky.json").then((response) => response.json()),
  ]);
  pyodide.unpackArchive(code, "zip", { extractDir: "/thu-vien" });
  pyodide.runPython("import sys; sys.path.insert(0, '/thu-vien')");
  for (const [path, text] of Object.entries(snapshot.records)) writeTree(pyodide.FS, `${ROOT}/${path}`, text);
  for (const path of snapshot.campaigns) writeTree(pyodide.FS, `${ROOT}/${path}`, "");
  pyodide.FS.mkdirTree(INBOX);
  return { pyodide, importForForm: pyodide.pyimport("sitegen.importer.in_form").import_for_form };
}

function openInForm(entry, item) {
  // The form's new-entry page takes the draft from here as it opens (handed-draft.js).
  const handed = { collection: entry.collection, data: entry.data, until: Date.now() + 60000 };
  localStorage.setItem("bien-tap.nhap", JSON.stringify(handed));
  window.open(`../#/collections/${entry.collection}/new`, "_blank");
  item.classList.add("opened");
  item.querySelector("button").textContent = "Mở lại";
  const told = item.querySelector(".opened-note") || item.appendChild(document.createElement("span"));
  told.className = "opened-note what";
  told.textContent = "Đã mở ở thẻ bên cạnh: kiểm tra và lưu ở đó. Chỉ mở lại khi thẻ đó đã đóng mà chưa lưu; "
    + "mở lại mục đã lưu sẽ thành một bản trùng.";
}

function showChoices(result, again) {
  // A copy without its header: the clerk says which numbered document it is, and the file is read again.
  const box = document.getElementById("chon-so");
  const list = document.getElementById("cac-so");
  list.replaceChildren();
  for (const choice of result.choices || []) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `Đây là văn bản số ${choice.number}`;
    button.addEventListener("click", () => again(choice.number));
    const where = document.createElement("span");
    where.className = "what";
    where.textContent = choice.where;
    item.append(where, button);
    list.append(item);
  }
  box.hidden = !list.children.length;
}

function show(result, again) {
  showChoices(result, again);
  const list = document.getElementById("muc");
  list.replaceChildren();
  for (const entry of result.entries) {
    const item = document.createElement("li");
    const what = document.createElement("span");
    what.className = "what";
    what.textContent = `${WHAT[entry.collection] || entry.collection} · ${entry.marks} chỗ cần kiểm tra`;
    const label = document.createElement("strong");
    label.textContent = entry.label;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Mở trong biểu mẫu";
    button.addEventListener("click", () => openInForm(entry, item));
    item.append(what, label, document.createElement("br"), button);
    list.append(item);
  }
  document.getElementById("da-doc").textContent = result.findings.join("\n");
  document.getElementById("ket-qua").hidden = false;
}

async function main() {
  let reader;
  try {
    reader = await start();
  } catch (error) {
    console.error(error);
    say("Không nạp được bộ đọc văn bản: tải lại trang; nếu vẫn vậy, trình duyệt này quá cũ (cần Chrome, Edge, "
      + "Firefox hoặc Safari của vài năm gần đây) hoặc trang chưa được đăng đủ, xin báo người quản trị.", true);
    return;
  }
  picker.disabled = false;
  say("Sẵn sàng: chọn tệp văn bản đến.");
  picker.addEventListener("change", async () => {
    const file = picker.files[0];
    if (!file) return;
    document.getElementById("ten-tep").textContent = file.name;
    document.getElementById("ket-qua").hidden = true;
    picker.disabled = true; // one file at a time: a scan takes a while
    try {
      await read(reader, file);
    } finally {
      picker.disabled = false;
    }
  });
}

async function read(reader, file) {
  say(`Đang đọc ${file.name}…`, false, true);
  const { FS } = reader.pyodide;
  const name = file.name.replace(/[/\\\0]/g, "-") || "van-ban";
  for (const old of FS.readdir(INBOX)) if (old !== "." && old !== "..") FS.unlink(`${INBOX}/${old}`);
  writeTree(FS, `${INBOX}/${name}`, new Uint8Array(await file.arrayBuffer()));
  // A scan's text, read once, kept for a second reading with the clerk's choice. Left undefined otherwise: Pyodide
  // hands JavaScript's null to Python as jsnull, not None.
  let ocr;
  let result = JSON.parse(reader.importForForm(ROOT, `${INBOX}/${name}`, today()));
  if (result.needs_ocr) {
    const answer = result;
    try {
      ocr = await ocrText(file, answer);
      result = JSON.parse(reader.importForForm(ROOT, `${INBOX}/${name}`, today(), ocr));
    } catch (error) {
      if (!(error instanceof Unread)) console.error(error);
      say(error instanceof Unread ? error.message : answer.problem, true);
      return;
    }
  }
  if (result.problem) {
    say(result.problem, true);
    return;
  }
  shown(file.name, result, (own) => {
    const chosen = JSON.parse(reader.importForForm(ROOT, `${INBOX}/${name}`, today(), ocr, own));
    if (chosen.problem) say(chosen.problem, true);
    else shown(file.name, chosen, null, own);
  });
}

function shown(name, result, again, own = null) {
  const records = result.entries.length - 1;
  const which = own ? ` là văn bản số ${own}` : "";
  say(`Đã đọc ${name}${which}: ${records ? `${records} mục mới cho sổ và ` : ""}một chiến dịch nháp. Mở từng mục bên dưới.`);
  show(own ? { ...result, choices: [] } : result, again);
}

main();
