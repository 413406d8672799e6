/** An element with an optional class and text (set as textContent, never parsed) or child node. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', content?: string | Node): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (typeof content === 'string') node.textContent = content;
  else if (content) node.append(content);
  return node;
}
