import { LIMITS } from "@/lib/richtext/rules";

const span = (max: number) => (element: HTMLElement, name: string) => {
  const value = Number(element.getAttribute(name) ?? 1);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : 1;
};
const colspan = span(LIMITS.tableColumns);
const rowspan = span(LIMITS.tableRows);

/** The only attributes a table cell keeps: how many columns and rows it spans. */
export function cellAttributes() {
  return {
    colspan: {
      default: 1,
      parseHTML: (element: HTMLElement) => colspan(element, "colspan"),
      renderHTML: (attributes: Record<string, unknown>) => (attributes.colspan === 1 ? {} : { colspan: attributes.colspan }),
    },
    rowspan: {
      default: 1,
      parseHTML: (element: HTMLElement) => rowspan(element, "rowspan"),
      renderHTML: (attributes: Record<string, unknown>) => (attributes.rowspan === 1 ? {} : { rowspan: attributes.rowspan }),
    },
  };
}
