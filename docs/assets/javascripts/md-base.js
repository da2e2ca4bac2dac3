/*
 * The storage helpers Material for MkDocs otherwise defines in an inline
 * script (partials/javascripts/base.html). Served as a file so the site's
 * Content-Security-Policy can forbid inline scripts. The scope is the site
 * root: two folders up from this file (assets/javascripts/).
 */
var __md_scope = new URL("../../", document.currentScript.src);
var __md_hash = function (value) {
  return [...value].reduce(function (hash, char) { return (hash << 5) - hash + char.charCodeAt(0); }, 0);
};
var __md_get = function (key, storage, scope) {
  storage = storage || localStorage;
  scope = scope || __md_scope;
  return JSON.parse(storage.getItem(scope.pathname + "." + key));
};
var __md_set = function (key, value, storage, scope) {
  storage = storage || localStorage;
  scope = scope || __md_scope;
  try { storage.setItem(scope.pathname + "." + key, JSON.stringify(value)); } catch (error) { /* storage full or blocked */ }
};
