/** Attributes of an element made by {@link h}; `false`, null and undefined leave the attribute out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/**
 * Makes an element with attributes and children. Strings become text nodes, never markup, so names and song titles
 * typed by singers are shown as they are.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}
