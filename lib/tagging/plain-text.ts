/**
 * The text tag suggestions read, built in the browser as the editor types:
 * title, sapo and body, one block per line (so a heading and the paragraph
 * after it never run together into one name). Pure and dependency-free, so the
 * editor does not pull the server's body validator into its bundle.
 */
interface Node {
  type: string;
  text?: string;
  content?: Node[];
}

const BLOCKS = new Set(["paragraph", "heading", "blockquote", "listItem", "codeBlock", "horizontalRule"]);

function collect(node: Node, out: string[]) {
  if (node.type === "text") {
    out.push(node.text ?? "");
    return;
  }
  if (node.type === "hardBreak") {
    out.push("\n");
    return;
  }
  for (const child of node.content ?? []) collect(child, out);
  if (BLOCKS.has(node.type)) out.push("\n");
}

export function articlePlainText(title: string, sapo: string, body: Node | null | undefined): string {
  const out: string[] = [title, "\n", sapo, "\n"];
  if (body) collect(body, out);
  return out.join("").replace(/\n{3,}/g, "\n\n").trim();
}
