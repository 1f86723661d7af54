import type { ReactNode } from "react";
import { isAllowedHref } from "@/lib/richtext/extensions";
import type { RichTextNode } from "@/lib/richtext/validate";

/**
 * Renders stored Tiptap JSON on the server through an allow-list: each known
 * node and mark maps to one element; anything else is dropped, never passed
 * through as HTML. React escapes every text node.
 */
export function RichText({ doc }: { doc: RichTextNode }) {
  return <>{renderChildren(doc)}</>;
}

function renderChildren(node: RichTextNode): ReactNode[] {
  return (node.content ?? []).map((child, index) => renderNode(child, index));
}

function renderNode(node: RichTextNode, key: number): ReactNode {
  switch (node.type) {
    case "paragraph":
      return <p key={key}>{renderChildren(node)}</p>;
    case "heading": {
      const level = node.attrs?.level;
      const children = renderChildren(node);
      if (level === 3) return <h3 key={key}>{children}</h3>;
      if (level === 4) return <h4 key={key}>{children}</h4>;
      return <h2 key={key}>{children}</h2>;
    }
    case "bulletList":
      return <ul key={key}>{renderChildren(node)}</ul>;
    case "orderedList": {
      const start = Number.isInteger(node.attrs?.start) ? (node.attrs!.start as number) : undefined;
      return (
        <ol key={key} start={start && start !== 1 ? start : undefined}>
          {renderChildren(node)}
        </ol>
      );
    }
    case "listItem":
      return <li key={key}>{renderChildren(node)}</li>;
    case "blockquote":
      return <blockquote key={key}>{renderChildren(node)}</blockquote>;
    case "horizontalRule":
      return <hr key={key} />;
    case "hardBreak":
      return <br key={key} />;
    case "text":
      return renderText(node, key);
    default:
      return null;
  }
}

function renderText(node: RichTextNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? "";
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case "bold":
        out = <strong>{out}</strong>;
        break;
      case "italic":
        out = <em>{out}</em>;
        break;
      case "underline":
        out = <u>{out}</u>;
        break;
      case "strike":
        out = <s>{out}</s>;
        break;
      case "link": {
        const href = mark.attrs?.href;
        if (isAllowedHref(href)) {
          const external = !href.startsWith("/") && !href.startsWith("#");
          out = (
            <a href={href} rel={external ? "noopener noreferrer nofollow" : undefined}>
              {out}
            </a>
          );
        }
        break;
      }
      default:
        break;
    }
  }
  return <span key={key}>{out}</span>;
}
