import { useRef, type KeyboardEvent } from 'react';
import type { Category } from './categories';
import { CategoryIcon } from './CategoryIcon';
import { useLocalized, useT } from './i18n';

interface CategoryTabsProps {
  categories: readonly Category[];
  selected: string;
  onSelect: (id: string) => void;
}

export const tabId = (id: string) => `category-tab-${id}`;
export const panelId = (id: string) => `category-panel-${id}`;

/** The categories as an ARIA tablist: arrow keys, Home and End move between tabs (one tab stop for the list). */
export function CategoryTabs({ categories, selected, onSelect }: CategoryTabsProps) {
  const t = useT();
  const local = useLocalized();
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const index = categories.findIndex((category) => category.id === selected);
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: categories.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = categories[(next + categories.length) % categories.length]!;
    onSelect(target.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(target.id)}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('category.list')} ref={list} onKeyDown={move}>
      {categories.map((category) => (
        <button
          key={category.id}
          id={tabId(category.id)}
          type="button"
          role="tab"
          className="tab"
          aria-selected={category.id === selected}
          aria-controls={panelId(category.id)}
          tabIndex={category.id === selected ? 0 : -1}
          data-testid={`category.${category.id}`}
          onClick={() => onSelect(category.id)}
        >
          <CategoryIcon id={category.id} />
          <span>{'key' in category.label ? t(category.label.key) : local(category.label.text)}</span>
        </button>
      ))}
    </div>
  );
}
