// Small element builders shared by the findings and citizen pages.
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function option(value, label) {
  const o = el('option', label);
  o.value = value;
  return o;
}
