"use client";

import { ReactRenderer, type Editor } from "@tiptap/react";
import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from "@tiptap/suggestion";
import type { ReactNode } from "react";

export interface SuggestionOptionView {
  key: string;
  title: ReactNode;
  detail?: ReactNode;
}

interface SuggestionListProps {
  id: string;
  label: string;
  options: SuggestionOptionView[];
  selected: number;
  /** Shown instead of the list when there are no options; nothing at all when null. */
  message: string | null;
  onPick: (index: number) => void;
  onHover: (index: number) => void;
}

/**
 * The popup of the slash menu and of `@` mentions: a listbox whose options the
 * editor drives from the keyboard (ArrowUp/ArrowDown, Enter, Escape) while the
 * focus stays in the text, announced through aria-activedescendant.
 */
function SuggestionList({ id, label, options, selected, message, onPick, onHover }: SuggestionListProps) {
  if (options.length === 0 && message === null) return null;
  return (
    <div className="rte-popup">
      <ul role="listbox" id={id} aria-label={label} hidden={options.length === 0}>
        {options.map((option, index) => (
          <li
            key={option.key}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === selected}
            className={index === selected ? "is-active" : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(index);
            }}
            onMouseEnter={() => onHover(index)}
          >
            <span className="rte-popup-title">{option.title}</span>
            {option.detail ? <span className="rte-popup-detail">{option.detail}</span> : null}
          </li>
        ))}
      </ul>
      {options.length === 0 ? (
        <p className="rte-popup-message" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A Suggestion `render` that shows SuggestionList next to the cursor (Tiptap
 * positions it with Floating UI) and keeps the selected option in a closure.
 */
export function suggestionRenderer<Item>({
  id,
  label,
  toOption,
  message,
}: {
  id: string;
  label: string;
  toOption: (item: Item) => SuggestionOptionView;
  /** What to show when there are no items: a hint, "searching…", "nothing found", or null to hide the popup. */
  message: (state: { query: string; loading: boolean }) => string | null;
}): NonNullable<SuggestionOptions<Item, Item>["render"]> {
  return () => {
    let component: ReactRenderer<unknown, SuggestionListProps> | null = null;
    let unmount: (() => void) | null = null;
    let current: SuggestionProps<Item, Item> | null = null;
    /** The items shown: while a new search runs, the previous results stay rather than flicker. */
    let items: Item[] = [];
    let selected = 0;

    const pick = (index: number) => {
      const item = items[index];
      if (current && item !== undefined) current.command(item);
    };
    const view = (): SuggestionListProps => ({
      id,
      label,
      options: items.map(toOption),
      selected,
      message: current ? message({ query: current.query, loading: current.loading }) : null,
      onPick: pick,
      onHover: (index) => {
        selected = index;
        refresh();
      },
    });
    const syncAria = (editor: Editor) => {
      const dom = editor.view.dom;
      if (current && items.length > 0) {
        dom.setAttribute("aria-controls", id);
        dom.setAttribute("aria-activedescendant", `${id}-option-${selected}`);
      } else {
        dom.removeAttribute("aria-activedescendant");
        dom.removeAttribute("aria-controls");
      }
    };
    const refresh = () => {
      component?.updateProps(view());
      if (current) syncAria(current.editor);
    };

    return {
      onStart: (props) => {
        current = props;
        items = props.items;
        selected = 0;
        component = new ReactRenderer(SuggestionList, { props: view(), editor: props.editor, className: "rte-popup-host" });
        unmount = props.mount(component.element);
        syncAria(props.editor);
      },
      onUpdate: (props) => {
        const next = props.loading && props.items.length === 0 && props.query ? items : props.items;
        if (next !== items) selected = 0;
        items = next;
        current = props;
        selected = Math.min(selected, Math.max(0, items.length - 1));
        refresh();
      },
      onKeyDown: ({ event }: SuggestionKeyDownProps) => {
        if (!current) return false;
        const count = items.length;
        if (event.key === "Escape") return true;
        if (count === 0) return false;
        if (event.key === "ArrowDown") {
          selected = (selected + 1) % count;
          refresh();
          return true;
        }
        if (event.key === "ArrowUp") {
          selected = (selected + count - 1) % count;
          refresh();
          return true;
        }
        if (event.key === "Enter" || event.key === "Tab") {
          pick(selected);
          return true;
        }
        return false;
      },
      onExit: (props) => {
        unmount?.();
        component?.destroy();
        component = null;
        unmount = null;
        current = null;
        items = [];
        syncAria(props.editor);
      },
    };
  };
}
